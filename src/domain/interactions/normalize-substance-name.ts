/** Case-, accent-, space- and punctuation-insensitive key: "Special-K" → "specialk". */
export function normalizeSubstanceName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
