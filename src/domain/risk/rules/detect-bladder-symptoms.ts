import { checkInsInLastDays, type History } from '../history.js';
import { BLADDER_SCORED_ITEMS } from '../../log/vocabulary.js';
import type { BladderScoredItem, RiskFlag } from '../types.js';

/**
 * Bladder symptoms in the check-ins of the last 14 days.
 * - any frequency, urgency, pain passing urine or lower-belly pain above 0: advice. In a
 *   meta-analysis of 4,921 patients with ketamine uropathy: frequency 77%, urgency 70%,
 *   suprapubic pain 60% (HKMJ 2022;28(6):466). Stopping ketamine is the first treatment.
 * - blood in the urine, or severe (3) lower-belly pain: urgent red flags
 *   (reference/clinical-safety.md).
 */

export const BLADDER_LOOKBACK_DAYS = 14;
/** 3 = severe on the 0–3 diary scale: "severe lower-belly pain" is a red flag. */
export const SEVERE_LOWER_BELLY_PAIN_LEVEL = 3;

export const BLADDER_URGENT_SOURCE =
  'NHS: Blood in urine; Hong Kong Med J 2022;28(6):466 (meta-analysis)';

export function detectBladderSymptoms(history: History): RiskFlag[] {
  const checkIns = checkInsInLastDays(history, BLADDER_LOOKBACK_DAYS);
  const flags: RiskFlag[] = [];
  // Check-ins are oldest first: the last match is the latest event.
  const lastDateWhere = (test: (checkIn: (typeof checkIns)[number]) => boolean) =>
    checkIns.filter(test).at(-1)?.date;
  const bloodDate = lastDateWhere((checkIn) => checkIn.bladder?.bloodInUrine === true);
  if (bloodDate !== undefined) {
    flags.push({
      code: 'blood-in-urine',
      severity: 'urgent',
      params: {},
      source: BLADDER_URGENT_SOURCE,
      articleSlug: 'bladder-and-kidneys',
      helpNeed: 'urgent-care',
      lastEventDate: bloodDate,
    });
  }
  const severePainDate = lastDateWhere(
    (checkIn) => (checkIn.bladder?.lowerBellyPain ?? 0) >= SEVERE_LOWER_BELLY_PAIN_LEVEL,
  );
  if (severePainDate !== undefined) {
    flags.push({
      code: 'severe-lower-belly-pain',
      severity: 'urgent',
      params: {},
      source: BLADDER_URGENT_SOURCE,
      articleSlug: 'bladder-and-kidneys',
      helpNeed: 'urgent-care',
      lastEventDate: severePainDate,
    });
  }
  const reported = new Set<BladderScoredItem>();
  let symptomsDate: string | undefined;
  for (const checkIn of checkIns) {
    for (const item of BLADDER_SCORED_ITEMS) {
      if ((checkIn.bladder?.[item] ?? 0) > 0) {
        reported.add(item);
        symptomsDate = checkIn.date;
      }
    }
  }
  if (reported.size > 0) {
    flags.push({
      code: 'bladder-symptoms',
      severity: 'advice',
      params: { items: [...reported] },
      source: 'HKMJ 2022;28(6):466 (meta-analysis, 4,921 patients); Int Neurourol J 2017',
      articleSlug: 'bladder-and-kidneys',
      ...(symptomsDate === undefined ? {} : { lastEventDate: symptomsDate }),
    });
  }
  return flags;
}
