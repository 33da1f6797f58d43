import { checkInsInLastDays, type History } from '../history.js';
import { localDate } from '../local-date.js';
import type { RiskFlag } from '../types.js';

/**
 * Thoughts of self-harm (urgent, crisis lines first): a check-in of the last 14 days that
 * reports them, or a PHQ-9 of the last 14 days with an answer above 0 on item 9. Any answer
 * above 0 on item 9 needs an immediate safety response, whatever the total
 * (reference/questionnaires.md, reference/clinical-safety.md). PHQ-9 asks about the last
 * 2 weeks, hence 14 days.
 */

export const SELF_HARM_LOOKBACK_DAYS = 14;
export const PHQ9_ID = 'phq-9';
/** Item 9 of PHQ-9, zero-based. */
export const PHQ9_SELF_HARM_ITEM_INDEX = 8;

export function detectSelfHarm(history: History): RiskFlag[] {
  const checkInDates = checkInsInLastDays(history, SELF_HARM_LOOKBACK_DAYS)
    .filter((checkIn) => checkIn.selfHarmThoughts === true)
    .map((checkIn) => checkIn.date);
  const fromMs = history.nowMs - SELF_HARM_LOOKBACK_DAYS * 86_400_000;
  const phq9Dates = history.questionnaireResults
    .filter(
      (result) =>
        result.questionnaireId === PHQ9_ID &&
        result.takenAt.getTime() >= fromMs &&
        (result.answers[PHQ9_SELF_HARM_ITEM_INDEX] ?? 0) > 0,
    )
    .map((result) => localDate(result.takenAt, history.timeZone));
  const fromCheckIn = checkInDates.length > 0;
  const lastEventDate = [...checkInDates, ...phq9Dates].sort().at(-1);
  if (lastEventDate === undefined) return [];
  return [
    {
      code: 'self-harm-thoughts',
      severity: 'urgent',
      params: { fromCheckIn },
      source:
        'PHQ-9 item 9 (Kroenke, Spitzer and Williams 2001): any answer above 0 needs a safety check',
      articleSlug: 'mental-health-and-crisis',
      helpNeed: 'crisis',
      lastEventDate,
    },
  ];
}
