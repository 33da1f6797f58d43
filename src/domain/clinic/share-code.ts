/**
 * Codes people read aloud or type from a screen: 12 characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), shown in groups of four. About 59 bits: with single use,
 * a 7-day life and rate-limited redemption, not guessable.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const codeLength = 12;

/** `randomIndex(n)` returns a uniform integer in [0, n). */
export function makeCode(randomIndex: (size: number) => number): string {
  const characters = Array.from(
    { length: codeLength },
    () => CODE_ALPHABET[randomIndex(CODE_ALPHABET.length)],
  );
  return [0, 4, 8].map((start) => characters.slice(start, start + 4).join('')).join('-');
}

/** The code as stored (hashed): upper case, without the dashes and spaces people add. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
