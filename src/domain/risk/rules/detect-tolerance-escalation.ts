import type { History } from '../history.js';
import type { RiskFlag } from '../types.js';
import { compareUseWindows } from './compare-use-windows.js';
import { formatMg } from './count-of.js';

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
  const reasons: string[] = [];
  if (amountRising && recent.mgPerUseDay !== null && baseline.mgPerUseDay !== null) {
    reasons.push(
      `about ${formatMg(recent.mgPerUseDay)} per use day in the last 2 weeks, against ${formatMg(baseline.mgPerUseDay)} in the 4 weeks before`,
    );
  }
  if (comparison.frequencyRising) {
    reasons.push(
      `${recent.useDaysPerWeek.toFixed(1)} use days a week recently, against ${baseline.useDaysPerWeek.toFixed(1)} before`,
    );
  }
  return [
    {
      code: 'escalating-use',
      severity: 'advice',
      title: 'Your use is going up',
      why: `Your log shows ${reasons.join(', and ')}. Needing more for the same effect is a sign of tolerance and one of the clearest signs of dependence.`,
      action:
        'Consider a break of at least 1–2 weeks so tolerance can reset, and talk to a GP or drug service about cutting down.',
      source: 'DSM-5 criteria for substance use disorder (tolerance); PsychonautWiki (tolerance)',
      articleSlug: 'tolerance',
    },
  ];
}
