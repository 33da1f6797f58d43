/**
 * A minimum password strength that helps rather than nags. Length is what matters most
 * (NIST SP 800-63B §5.1.1.2; OWASP ASVS 4.0.3 V2.1.1 asks for at least 12 characters), and
 * a password on a list of common or breached ones, or built from the app's name or the
 * person's email, is refused (V2.1.7).
 */
export const minPasswordLength = 12;
// ASVS V2.1.2: at least 64 characters allowed, more than 128 refused.
export const maxPasswordLength = 128;

/** Words anyone guessing a Ketalog password would try first. */
const appWords = ['ketamine', 'ketalog', 'specialk', 'kitkat', 'khole'];

export type PasswordProblem = { message: string };

/** Tells whether a folded candidate (lower case, letters and digits only) is a common password. */
export type CommonPasswordCheck = (folded: string) => boolean;

/**
 * Passwords are compared and hashed in Unicode NFC, so the same characters typed on two
 * keyboards (composed or decomposed accents) are the same password.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFC');
}

/** The parts of an email a guesser would try: the name, its pieces and the domain's name. */
function emailParts(email: string | undefined): string[] {
  if (!email) return [];
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  const domainName = domain.split('.').slice(0, -1).join('');
  const pieces = [local.replace(/[^a-z0-9]/g, ''), ...local.split(/[^a-z0-9]+/), domainName];
  return pieces.filter((piece) => piece.length >= 4);
}

/**
 * What a guesser tries from a folded password: itself, itself without the digits people
 * pad with at either end ("password1234" → "password"), and the unit it repeats
 * ("trustno1trustno1" → "trustno1").
 */
function guessableCores(folded: string): string[] {
  const cores = new Set([folded, folded.match(/^(.+?)\1+$/)?.[1] ?? folded]);
  const leading = folded.match(/^\d*/)?.[0].length ?? 0;
  const trailing = folded.match(/\d*$/)?.[0].length ?? 0;
  for (let start = 0; start <= leading; start++) {
    for (let end = folded.length; end >= folded.length - trailing && end - start >= 3; end--) {
      cores.add(folded.slice(start, end));
    }
  }
  return [...cores];
}

/** Returns why a password is too weak, or undefined when it is acceptable. */
export function findPasswordProblem(
  password: string,
  { email, isCommon }: { email?: string; isCommon: CommonPasswordCheck },
): PasswordProblem | undefined {
  const normalized = normalizePassword(password);
  if ([...normalized].length < minPasswordLength) {
    return {
      message: `Use at least ${minPasswordLength} characters. A few unrelated words make a strong password that is easy to remember.`,
    };
  }
  if (normalized.length > maxPasswordLength) {
    return { message: `Use at most ${maxPasswordLength} characters.` };
  }
  const lower = normalized.toLowerCase();
  const folded = lower.replace(/[^\p{L}\p{N}]/gu, '');
  const cores = guessableCores(folded);
  const tooEasy =
    new Set(folded).size < 4 ||
    cores.some(isCommon) ||
    appWords.some((word) => cores.some((core) => core.startsWith(word) || core.endsWith(word)));
  if (tooEasy) {
    return { message: 'This password is too easy to guess. Try a few unrelated words instead.' };
  }
  if (emailParts(email).some((part) => folded.includes(part))) {
    return { message: 'Your password should not contain your email address.' };
  }
  return undefined;
}
