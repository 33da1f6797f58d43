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
      params: { recentMean: craving.recentMean, previousMean: craving.previousMean },
      source: 'DSM-5 criteria for substance use disorder (craving); estimated threshold',
      articleSlug: 'signs-of-addiction',
    },
  ];
}
