import { resolveSubstance, substanceClasses } from '../interactions/resolve-substance.js';

/**
 * A clinic's preparation rules: substances to avoid, each for a number of hours before a
 * supervised session. Ketamine clinics' consent forms ask people to avoid alcohol,
 * benzodiazepines, cannabis and opioids (and, at some clinics, sedating antihistamines,
 * stimulants, sleeping pills and lamotrigine) in the 24 hours before a session
 * (clinical-workspace.md §1 b3, Journey Clinical's patient preparation); the Spravato label
 * warns that other central nervous system depressants add to its sedation.
 */
export const preparationSource =
  'Ketamine clinic consent forms (Journey Clinical): avoid alcohol, benzodiazepines, cannabis and opioids in the 24 hours before a session; Spravato prescribing information: other CNS depressants add to sedation';

/** Substance classes of the combination data a rule can name (ketamine itself is the session). */
export const PREPARATION_CLASSES = substanceClasses
  .map((substanceClass) => substanceClass.id)
  .filter((id) => id !== 'ketamine');

export type PreparationRule = { substanceClass: string; hours: number };

export const defaultPreparationRules: readonly PreparationRule[] = [
  { substanceClass: 'alcohol', hours: 24 },
  { substanceClass: 'benzodiazepines', hours: 24 },
  { substanceClass: 'cannabis', hours: 24 },
  { substanceClass: 'opioids', hours: 24 },
];

/** Something the person logged with a dose, at the dose's time. */
export type LoggedSubstance = { takenAt: Date; substance: string };

export type PreparationFinding = {
  substanceClass: string;
  /** As the person wrote it. */
  substance: string;
  takenAt: string;
  hours: number;
};

export type PreparationCheck = {
  sessionAt: string;
  /** `upcoming`: no rule's window has opened yet; `clear`: nothing logged in an open window. */
  status: 'upcoming' | 'clear' | 'found';
  /** When the earliest window opens (the longest rule's hours before the session). */
  checksFrom: string;
  rules: PreparationRule[];
  findings: PreparationFinding[];
  /** Names logged in the window that the combination data does not know: worth a look. */
  unrecognised: string[];
  source: string;
};

const hourMs = 3_600_000;

/** The longest rule decides how far back the log is read. */
export const longestRuleHours = (rules: readonly PreparationRule[]) =>
  Math.max(0, ...rules.map((rule) => rule.hours));

/**
 * The person's own log against the clinic's rules for a session at `sessionAt`, as of `now`:
 * each substance logged within its rule's hours before the session (up to now, as the log
 * holds nothing later) is a finding. It can only see what the person logged.
 */
export function checkPreparation(input: {
  sessionAt: Date;
  now: Date;
  rules: readonly PreparationRule[];
  logged: readonly LoggedSubstance[];
}): PreparationCheck {
  const { sessionAt, now, rules } = input;
  const longest = longestRuleHours(rules);
  const checksFrom = new Date(sessionAt.getTime() - longest * hourMs);
  const until = Math.min(now.getTime(), sessionAt.getTime());
  const findings: PreparationFinding[] = [];
  const unrecognised = new Set<string>();
  for (const entry of input.logged) {
    const at = entry.takenAt.getTime();
    if (at > until || at < checksFrom.getTime()) continue;
    const resolved = resolveSubstance(entry.substance);
    if (!resolved) {
      unrecognised.add(entry.substance);
      continue;
    }
    const rule = rules.find((candidate) => candidate.substanceClass === resolved.class);
    if (rule && at >= sessionAt.getTime() - rule.hours * hourMs) {
      findings.push({
        substanceClass: rule.substanceClass,
        substance: entry.substance,
        takenAt: entry.takenAt.toISOString(),
        hours: rule.hours,
      });
    }
  }
  findings.sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  return {
    sessionAt: sessionAt.toISOString(),
    status:
      findings.length > 0 ? 'found' : now.getTime() < checksFrom.getTime() ? 'upcoming' : 'clear',
    checksFrom: checksFrom.toISOString(),
    rules: [...rules],
    findings,
    unrecognised: [...unrecognised],
    source: preparationSource,
  };
}
