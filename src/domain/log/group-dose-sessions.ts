/**
 * A session: doses taken one after another with no long break between them. A night out
 * that crosses midnight is one session, not two days.
 *
 * Estimated: no source defines a session. The felt effect of a dose wears off within hours
 * (content/en/articles/redosing-and-binges.md), so a break of more than six hours means the
 * person stopped, while redoses through one night stay together.
 */
export const SESSION_BREAK_MINUTES = 6 * 60;

export type DoseInSession = { takenAt: string; mg: number };

export type DoseSession<Dose extends DoseInSession> = {
  /** Oldest first. */
  doses: Dose[];
  startAt: string;
  endAt: string;
  totalMg: number;
  spanMinutes: number;
};

/** Sessions newest first, each with its doses oldest first, its total and its span. */
export function groupDoseSessions<Dose extends DoseInSession>(
  doses: readonly Dose[],
  breakMinutes: number = SESSION_BREAK_MINUTES,
): DoseSession<Dose>[] {
  const oldestFirst = [...doses].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
  const groups: Dose[][] = [];
  let previousMs = Number.NEGATIVE_INFINITY;
  for (const dose of oldestFirst) {
    const atMs = Date.parse(dose.takenAt);
    if (atMs - previousMs > breakMinutes * 60_000) groups.push([]);
    groups.at(-1)!.push(dose);
    previousMs = atMs;
  }
  return groups.reverse().map((group) => {
    const startAt = group[0]!.takenAt;
    const endAt = group.at(-1)!.takenAt;
    return {
      doses: group,
      startAt,
      endAt,
      totalMg: group.reduce((sum, dose) => sum + dose.mg, 0),
      spanMinutes: Math.round((Date.parse(endAt) - Date.parse(startAt)) / 60_000),
    };
  });
}
