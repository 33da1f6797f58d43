import { prepareHistory, type History } from './history.js';
import { detectBinge } from './rules/detect-binge.js';
import { detectBladderSymptoms } from './rules/detect-bladder-symptoms.js';
import { detectBloodPressure } from './rules/detect-blood-pressure.js';
import { detectCravingTrend } from './rules/detect-craving-trend.js';
import { detectGoalProgress } from './rules/detect-goal-progress.js';
import { detectHeavyAmount } from './rules/detect-heavy-amount.js';
import { detectLastUse } from './rules/detect-last-use.js';
import { detectRiskyCombination } from './rules/detect-risky-combination.js';
import { detectSelfHarm } from './rules/detect-self-harm.js';
import { detectToleranceEscalation } from './rules/detect-tolerance-escalation.js';
import { detectUseDays } from './rules/detect-use-days.js';
import { detectWithdrawal } from './rules/detect-withdrawal.js';
import { goalProgress } from './rules/goal-progress.js';
import { summarizeRisk } from './summarize-risk.js';
import { bySeverity } from '../severity.js';
import type { RiskFlag, RiskInput, RiskResult } from './types.js';

/** Rules in the order their flags appear within one severity: safety first. */
const rules: ReadonlyArray<(history: History) => RiskFlag[]> = [
  detectSelfHarm,
  detectRiskyCombination,
  detectBladderSymptoms,
  detectBloodPressure,
  detectHeavyAmount,
  detectBinge,
  detectWithdrawal,
  detectToleranceEscalation,
  detectCravingTrend,
  detectLastUse,
  detectUseDays,
];

/**
 * Evaluates one person's history: flags sorted urgent first, and a summary. Pure: the same
 * input gives the same output; `now` and the time zone come in with the input.
 * Throws AppError('validation_failed') only for an unknown time zone.
 */
export function evaluateRisk(input: RiskInput): RiskResult {
  const history = prepareHistory(input);
  const goal = goalProgress(history);
  const flags = [...rules.flatMap((rule) => rule(history)), ...detectGoalProgress(goal)];
  // Array.prototype.sort is stable, so rule order is kept within a severity.
  flags.sort(bySeverity);
  return { flags, summary: summarizeRisk(history, goal) };
}
