import type { History } from '../history.js';
import type { RiskFlag } from '../types.js';
import { compareUseWindows } from './compare-use-windows.js';

/**
 * Escalating use: amounts or frequency clearly rising over weeks (advice). The rule and its
 * thresholds are in compare-use-windows.ts. Escalating dose or frequency is an advice-level
 * sign (reference/clinical-safety.md); rising amounts for the same effect is one of the
 * clearest signs of dependence (seed text).
 */
export function detectToleranceEscalation(history: History): RiskFlag[] {
  const comparison = compareUseWindows(history);
  const amountRising = comparison.amountTrend === 'rising';
  if (!amountRising && !comparison.frequencyRising) return [];
  const { recent, baseline } = comparison;
  const amount =
    amountRising && recent.mgPerUseDay !== null && baseline.mgPerUseDay !== null
      ? { recentMgPerUseDay: recent.mgPerUseDay, baselineMgPerUseDay: baseline.mgPerUseDay }
      : null;
  const frequency = comparison.frequencyRising
    ? {
        recentUseDaysPerWeek: recent.useDaysPerWeek,
        baselineUseDaysPerWeek: baseline.useDaysPerWeek,
      }
    : null;
  return [
    {
      code: 'escalating-use',
      severity: 'advice',
      params: { amount, frequency },
      source: 'DSM-5 criteria for substance use disorder (tolerance); PsychonautWiki (tolerance)',
      articleSlug: 'tolerance',
    },
  ];
}
