/** "1 day", "3 days": counts in flag text. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Whole mg for display; fractions of a mg are noise in flag text. */
export function formatMg(mg: number): string {
  return `${Math.round(mg)} mg`;
}
