import type { History } from '../history.js';
import type { RiskFlag } from '../types.js';
import { compareCraving } from './craving-trend.js';

/** Rising craving over the last week against the week before (advice). Rule in craving-trend.ts. */
export function detectCravingTrend(history: History): RiskFlag[] {
  const craving = compareCraving(history);
  if (craving.trend !== 'rising' || craving.recentMean === null || craving.previousMean === null) {
    return [];
  }
  return [
    {
      code: 'craving-rising',
      severity: 'advice',
      title: 'Craving has been stronger this week',
      why: `Your craving averaged ${craving.recentMean.toFixed(1)} out of 10 this week, up from ${craving.previousMean.toFixed(1)} the week before. Craving comes in waves; noticing a rise early helps.`,
      action:
        'Try "Craving now" on Today when it hits, look at your plan for your triggers and reasons, and think about talking to a GP or drug service.',
      source: 'DSM-5 criteria for substance use disorder (craving); estimated threshold',
      articleSlug: 'signs-of-addiction',
    },
  ];
}
