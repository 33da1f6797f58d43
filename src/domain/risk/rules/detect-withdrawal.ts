import { checkInsInLastDays, type History } from '../history.js';
import { WITHDRAWAL_SYMPTOMS, type RiskFlag, type WithdrawalSymptom } from '../types.js';
import { withdrawalPhase } from './withdrawal-phase.js';

/**
 * Withdrawal after stopping regular use: during days 1–5 an advice flag with the symptoms to
 * expect (and any the person has logged as moderate or severe); during early recovery an
 * info flag that tolerance has dropped. Phases are defined in withdrawal-phase.ts.
 */

/** Symptom level from which a logged symptom is named back to the person: 2 = moderate. */
export const NOTABLE_SYMPTOM_LEVEL = 2;

export function detectWithdrawal(history: History): RiskFlag[] {
  const state = withdrawalPhase(history);
  if (state.phase === 'acute' && state.day !== null) {
    return [
      {
        code: 'withdrawal-acute',
        severity: 'advice',
        params: { day: state.day, symptoms: notableSymptoms(history, state.day) },
        source: 'MDedge, "Recognizing and treating ketamine abuse"; Am J Addict 2020;29:43',
        articleSlug: 'withdrawal',
      },
    ];
  }
  if (state.phase === 'early-recovery' && state.day !== null) {
    return [
      {
        code: 'tolerance-reset',
        severity: 'info',
        params: { day: state.day },
        source: 'PsychonautWiki (tolerance); MDedge, "Recognizing and treating ketamine abuse"',
        articleSlug: 'withdrawal',
      },
    ];
  }
  return [];
}

function notableSymptoms(history: History, daysSinceStopping: number): WithdrawalSymptom[] {
  const notable = new Set<WithdrawalSymptom>();
  for (const checkIn of checkInsInLastDays(history, daysSinceStopping)) {
    for (const [symptom, level] of Object.entries(checkIn.symptoms ?? {})) {
      if (level !== undefined && level >= NOTABLE_SYMPTOM_LEVEL && isWithdrawalSymptom(symptom)) {
        notable.add(symptom);
      }
    }
  }
  return [...notable];
}

const isWithdrawalSymptom = (value: string): value is WithdrawalSymptom =>
  (WITHDRAWAL_SYMPTOMS as readonly string[]).includes(value);
