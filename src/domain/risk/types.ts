import type { HelpNeed } from '../help/lines-for-need.js';
import type { Severity } from '../severity.js';
import type {
  BladderScoredItem,
  DosePurpose,
  PlanGoal,
  Route,
  SymptomLevel,
  WithdrawalSymptom,
} from '../log/vocabulary.js';

export type {
  BladderScoredItem,
  DosePurpose,
  PlanGoal,
  Route,
  SymptomLevel,
  WithdrawalSymptom,
} from '../log/vocabulary.js';
export { DOSE_PURPOSES, PLAN_GOALS, ROUTES, WITHDRAWAL_SYMPTOMS } from '../log/vocabulary.js';

/** A local calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

export type CoUse = { substance: string; amount?: number; unit?: string };

export type RiskDose = {
  id: string;
  takenAt: Date;
  mg: number;
  route: Route;
  purpose?: DosePurpose;
  coUse: CoUse[];
};

export type BladderCheck = Partial<Record<BladderScoredItem, SymptomLevel>> & {
  bloodInUrine?: boolean;
};

export type RiskCheckIn = {
  date: IsoDate;
  /** 0–10 */
  craving?: number;
  /** 0–10 */
  mood?: number;
  sleepHours?: number;
  symptoms?: Partial<Record<WithdrawalSymptom, SymptomLevel>>;
  dissociation?: SymptomLevel;
  bladder?: BladderCheck;
  selfHarmThoughts?: boolean;
  systolicMmHg?: number;
  diastolicMmHg?: number;
  heartRateBpm?: number;
};

export type RiskQuestionnaireResult = {
  questionnaireId: string;
  takenAt: Date;
  score: number;
  answers: number[];
};

export type RiskPlan = {
  goal: PlanGoal;
  startDate: IsoDate;
  /** Optional price the person entered, used for money not spent (see recovery/). */
  pricePerGram?: number;
  usualGramsPerWeek?: number;
};

export type RiskInput = {
  now: Date;
  /** IANA time zone of the person, e.g. 'Europe/London'. */
  timeZone: string;
  doses: RiskDose[];
  /**
   * Self-directed use by local day before the doses' window, back to where the plan's
   * streaks and money look (a long plan would otherwise load every dose since its start).
   */
  earlierUse?: DayOfUse[];
  checkIns: RiskCheckIn[];
  questionnaireResults: RiskQuestionnaireResult[];
  plan?: RiskPlan;
};

export type DayOfUse = { date: IsoDate; mg: number };

/** The severities shared with questionnaire flags (severity.ts). */
export type RiskSeverity = Severity;

export const ARTICLE_SLUGS = [
  'tolerance',
  'redosing-and-binges',
  'k-hole-and-overdose',
  'combinations',
  'withdrawal',
  'bladder-and-kidneys',
  'heart-and-blood-pressure',
  'mental-health-and-crisis',
  'signs-of-addiction',
  'treatment-and-support',
] as const;
export type ArticleSlug = (typeof ARTICLE_SLUGS)[number];

/**
 * What each flag says, as numbers, dates and ids (no words): the catalogue turns them into
 * the title, why and action (flag-words.ts), so every client and language words them alike.
 */
export type RiskFlagParams = {
  binge: { doses: number; windowHours: number; largeTotal: boolean };
  'blood-in-urine': Record<string, never>;
  'severe-lower-belly-pain': Record<string, never>;
  'bladder-symptoms': { items: BladderScoredItem[] };
  /** A missing half of the reading is null. */
  'blood-pressure-crisis': { systolicMmHg: number | null; diastolicMmHg: number | null };
  'blood-pressure-high': { readings: number };
  'craving-rising': { recentMean: number; previousMean: number };
  'goal-progress': {
    goal: PlanGoal;
    startDate: IsoDate;
    currentStreakDays: number;
    longestStreakDays: number;
    lapses: number;
    moneyNotSpent?: number;
  };
  'heavy-amount': { mg: number; route: Route; otherLargeDoses: number };
  'days-since-last-use': { days: number };
  /** The names as the person typed them. */
  'combination-unknown': { names: string[] };
  'dangerous-combination': {
    /** Taken within the last hours, so still acting. */
    active: boolean;
    /** The other substances, by their id in the combination data, then unknown names. */
    substances: string[];
    /** The worst pair in the data, whose words the flag uses. */
    pair: { a: string; b: string } | null;
    stackedDepressants: boolean;
    /** The pair has its own steps (no depressant involved), used instead of the general ones. */
    pairSteps: boolean;
  };
  'combination-caution': { substances: string[]; pair: { a: string; b: string } | null };
  'self-harm-thoughts': { fromCheckIn: boolean };
  'escalating-use': {
    amount: { recentMgPerUseDay: number; baselineMgPerUseDay: number } | null;
    frequency: { recentUseDaysPerWeek: number; baselineUseDaysPerWeek: number } | null;
  };
  'use-days': { useDaysLast7: number; useDaysLast28: number; mgPerUseDay: number };
  'withdrawal-acute': { day: number; symptoms: WithdrawalSymptom[] };
  'tolerance-reset': { day: number };
};
export type RiskFlagCode = keyof RiskFlagParams;

type RiskFlagOf<Code extends RiskFlagCode> = {
  /** Stable machine code, e.g. 'binge', 'blood-in-urine'. */
  code: Code;
  params: RiskFlagParams[Code];
  severity: RiskSeverity;
  /** The citation behind the rule, as published. */
  source: string;
  articleSlug?: ArticleSlug;
  /**
   * Local date of the latest event behind the flag (a dose, a check-in), so the page can say
   * when it was and a flag marked as seen comes back when something new happens.
   */
  lastEventDate?: IsoDate;
  /** The help lines the action points to, for the person's country (crisis, urgent care). */
  helpNeed?: HelpNeed;
};

export type RiskFlag = { [Code in RiskFlagCode]: RiskFlagOf<Code> }[RiskFlagCode];

export type Trend = 'rising' | 'steady' | 'falling' | 'not-enough-data';

export type WithdrawalPhase =
  /** no regular use before the last use, or no use at all */
  | 'none'
  /** used today */
  | 'using'
  /** days 1–5 after stopping regular use */
  | 'acute'
  /** days 6–28 after stopping regular use */
  | 'early-recovery';

export type GoalProgress = {
  goal: PlanGoal;
  startDate: IsoDate;
  daysSinceStart: number;
  daysSinceLastUse: number | null;
  currentStreakDays: number;
  longestStreakDays: number;
  lapses: number;
  moneyNotSpent?: number;
};

export type RiskSummary = {
  today: IsoDate;
  lastUseDate: IsoDate | null;
  daysSinceLastUse: number | null;
  useDaysLast7: number;
  useDaysLast28: number;
  /** Mean mg per use day over the last 28 days; null without use. */
  mgPerUseDayLast28: number | null;
  /** Mean mg per use day, last 14 days against the 28 days before (see compare-use-windows). */
  mgPerUseDayTrend: Trend;
  cravingTrend: Trend;
  withdrawalPhase: WithdrawalPhase;
  /** Day since stopping (1 = first day without use) while in a withdrawal phase. */
  withdrawalDay: number | null;
  goal: GoalProgress | null;
};

export type RiskResult = { flags: RiskFlag[]; summary: RiskSummary };
