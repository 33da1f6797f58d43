import type { Severity } from '../severity.js';

/**
 * The shape of a self-check questionnaire as data. Adding a questionnaire is adding one
 * file that exports a `QuestionnaireDefinition`; `scoreQuestionnaire` scores any of them.
 */

export type QuestionnaireOption = { label: string; score: number };

export type QuestionnaireItem = { id: string; text: string; options: QuestionnaireOption[] };

/**
 * A score range, inclusive at both ends. Its words (label, meaning) and its next step are in
 * the message catalogue under the questionnaire's and the band's id (result-words.ts).
 */
export type ScoreBand = {
  id: string;
  from: number;
  to: number;
  /** The next step's id, when bands share one; else the band's own id. */
  nextStepId?: string;
};

/** Shared with risk flags (severity.ts), so both sort and show the same way. */
export type FlagSeverity = Severity;

/** A flag raised by an answer to one item (whatever the total) or by the total. */
export type QuestionnaireFlagRule = {
  code: string;
  severity: FlagSeverity;
  when: { itemId: string; minScore: number } | { totalMinScore: number };
  /**
   * The flag has its own next step (id: the flag's code), shown instead of the band's when
   * the flag applies; the most severe such flag wins.
   */
  replacesNextStep?: true;
};

export type Sex = 'male' | 'female';

/** Facts about the person that some questionnaires need (AUDIT-C cut-offs differ by sex). */
export type ScoringContext = { sex?: Sex };

export type Source = { title: string; url: string };

export type QuestionnaireDefinition = {
  id: string;
  title: string;
  shortTitle: string;
  description: string;
  /** The period the questions ask about, as shown to the person. */
  timeframe: string;
  /** Shown above the items, e.g. "Over the last 2 weeks, how often …". */
  instructions: string;
  items: QuestionnaireItem[];
  scoring: { method: 'sum' };
  minScore: number;
  maxScore: number;
  /** Bands used when no context picks `bandsBySex`; must cover minScore..maxScore. */
  bands: ScoreBand[];
  /** Sex-specific bands; used instead of `bands` when the context gives a sex. */
  bandsBySex?: Record<Sex, ScoreBand[]>;
  flagRules: QuestionnaireFlagRule[];
  /** Numbers the questionnaire's messages quote, e.g. AUDIT-C's cut-offs. */
  messageValues?: Record<string, number>;
  loinc?: { panel: string; total: string };
  licence: string;
  sources: Source[];
};
