import { checkInsInLastDays, type History } from '../history.js';
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

const ITEM_WORDS: Record<BladderScoredItem, string> = {
  frequency: 'needing to pass urine often',
  urgency: 'sudden urges to pass urine',
  painPassingUrine: 'pain passing urine',
  lowerBellyPain: 'lower-belly pain',
};

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
      title: 'Blood in your urine: get seen today',
      why: 'Blood in the urine can be a sign of serious bladder or kidney damage from ketamine.',
      action:
        'Get seen by a doctor today: contact your urgent care service (in the UK, NHS 111), or call your emergency number if you also cannot pass urine or have severe pain. Tell them you use ketamine.',
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
      title: 'Severe lower-belly pain: get seen today',
      why: 'Severe pain low in the belly ("K-cramps") can mean serious bladder damage.',
      action:
        'Get seen by a doctor today: contact your urgent care service (in the UK, NHS 111), or call your emergency number if you cannot pass urine. Tell them you use ketamine.',
      source: BLADDER_URGENT_SOURCE,
      articleSlug: 'bladder-and-kidneys',
      helpNeed: 'urgent-care',
      lastEventDate: severePainDate,
    });
  }
  const reported = new Set<BladderScoredItem>();
  let symptomsDate: string | undefined;
  for (const checkIn of checkIns) {
    for (const item of Object.keys(ITEM_WORDS) as BladderScoredItem[]) {
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
      title: 'Bladder symptoms: see a GP soon',
      why: `In the last 2 weeks you noted ${[...reported].map((item) => ITEM_WORDS[item]).join(', ')}. These are the most common signs of ketamine bladder damage (frequency in 77%, urgency in 70%, pain in 60% of patients).`,
      action:
        'See a GP soon and say you use ketamine. Stopping or cutting down is the main treatment, and symptoms often improve with time off.',
      source: 'HKMJ 2022;28(6):466 (meta-analysis, 4,921 patients); Int Neurourol J 2017',
      articleSlug: 'bladder-and-kidneys',
      ...(symptomsDate === undefined ? {} : { lastEventDate: symptomsDate }),
    });
  }
  return flags;
}
