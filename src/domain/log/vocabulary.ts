/**
 * Fixed vocabularies of the dose log and the daily check-in. API schemas, the risk engine and
 * the web forms all import these arrays so a new value is added in one place.
 */

/** How a dose was taken. `esketamine-nasal` is the prescribed nasal spray (Spravato). */
export const ROUTES = [
  'insufflated',
  'oral',
  'sublingual',
  'intramuscular',
  'intravenous',
  'subcutaneous',
  'rectal',
  'esketamine-nasal',
] as const;
export type Route = (typeof ROUTES)[number];

export const DOSE_PURPOSES = ['recreational', 'treatment', 'self-medication'] as const;
export type DosePurpose = (typeof DOSE_PURPOSES)[number];

/**
 * Withdrawal symptom diary items, each scored 0 none – 3 severe. There is no validated
 * ketamine withdrawal scale, so this is a diary (questionnaires.md). Symptoms from
 * clinical-safety.md (seed text; MDedge "Recognizing and treating ketamine abuse").
 */
export const WITHDRAWAL_SYMPTOMS = [
  'anxiety',
  'insomnia',
  'paranoia',
  'headache',
  'nausea',
  'sweating',
  'muscle-pain',
  'fatigue',
  'poor-appetite',
  'tremor',
  'chills',
  'fast-heartbeat',
  'nightmares',
  'low-mood',
] as const;
export type WithdrawalSymptom = (typeof WITHDRAWAL_SYMPTOMS)[number];

/** Symptom severity in the check-in diary: 0 none, 1 mild, 2 moderate, 3 severe. */
export const SYMPTOM_LEVELS = [0, 1, 2, 3] as const;
export type SymptomLevel = (typeof SYMPTOM_LEVELS)[number];

/** Bladder items scored 0–3 (blood in urine is yes/no). Plain items, not the PUF scale, which
 * is not licensed for us (questionnaires.md). */
export const BLADDER_SCORED_ITEMS = [
  'frequency',
  'urgency',
  'painPassingUrine',
  'lowerBellyPain',
] as const;
export type BladderScoredItem = (typeof BLADDER_SCORED_ITEMS)[number];

export const PLAN_GOALS = ['stop', 'cut-down', 'safer-use'] as const;
export type PlanGoal = (typeof PLAN_GOALS)[number];

/** What a person tried when a craving came (the craving tools of Today). */
export const cravingTools = [
  'urge-surfing',
  'paced-breathing',
  'grounding',
  'reasons',
  'call-someone',
] as const;
export type CravingTool = (typeof cravingTools)[number];
