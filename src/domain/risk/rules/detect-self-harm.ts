import { checkInsInLastDays, type History } from '../history.js';
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
  const fromCheckIn = checkInsInLastDays(history, SELF_HARM_LOOKBACK_DAYS).some(
    (checkIn) => checkIn.selfHarmThoughts === true,
  );
  const fromMs = history.nowMs - SELF_HARM_LOOKBACK_DAYS * 86_400_000;
  const fromPhq9 = history.questionnaireResults.some(
    (result) =>
      result.questionnaireId === PHQ9_ID &&
      result.takenAt.getTime() >= fromMs &&
      (result.answers[PHQ9_SELF_HARM_ITEM_INDEX] ?? 0) > 0,
  );
  if (!fromCheckIn && !fromPhq9) return [];
  return [
    {
      code: 'self-harm-thoughts',
      severity: 'urgent',
      title: 'You are not alone: talk to someone now',
      why: `You told us ${fromCheckIn ? 'in a recent check-in' : 'in your PHQ-9'} that you have had thoughts of harming yourself or of being better off dead. These thoughts can come with low mood and withdrawal, and help works.`,
      action:
        'Call a crisis line now — the numbers for your country are on the Help page and free to call. If you might act on these thoughts or are in danger, call your emergency number or go to A&E.',
      source:
        'PHQ-9 item 9 (Kroenke, Spitzer and Williams 2001): any answer above 0 needs a safety check',
      articleSlug: 'mental-health-and-crisis',
    },
  ];
}
