import { checkInsInLastDays, type History } from '../history.js';
import type { RiskFlag, WithdrawalSymptom } from '../types.js';
import { withdrawalPhase } from './withdrawal-phase.js';

/**
 * Withdrawal after stopping regular use: during days 1–5 an advice flag with the symptoms to
 * expect (and any the person has logged as moderate or severe); during early recovery an
 * info flag that tolerance has dropped. Phases are defined in withdrawal-phase.ts.
 */

/** Symptom level from which a logged symptom is named back to the person: 2 = moderate. */
export const NOTABLE_SYMPTOM_LEVEL = 2;

const SYMPTOM_WORDS: Record<WithdrawalSymptom, string> = {
  anxiety: 'anxiety',
  insomnia: 'trouble sleeping',
  paranoia: 'paranoia',
  headache: 'headache',
  nausea: 'nausea',
  sweating: 'sweating',
  'muscle-pain': 'muscle pain',
  fatigue: 'tiredness',
  'poor-appetite': 'poor appetite',
  tremor: 'shaking',
  chills: 'chills',
  'fast-heartbeat': 'a fast heartbeat',
  nightmares: 'nightmares',
  'low-mood': 'low mood',
};

export function detectWithdrawal(history: History): RiskFlag[] {
  const state = withdrawalPhase(history);
  if (state.phase === 'acute' && state.day !== null) {
    const logged = notableSymptoms(history, state.day);
    return [
      {
        code: 'withdrawal-acute',
        severity: 'advice',
        title: `Day ${state.day} without ketamine: withdrawal can peak now`,
        why: `After regular use the first 4–5 days are the hardest. Common are anxiety, trouble sleeping, low mood, tiredness, poor appetite, sweating, shaking, headache and craving; low mood can come with thoughts of self-harm.${logged.length > 0 ? ` You logged ${logged.join(', ')}.` : ''}`,
        action:
          'Withdrawal is best supported by a GP or drug service. Rest, eat and drink, and keep people close. If you have thoughts of harming yourself, call a crisis line now.',
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
        title: `${state.day} days without ketamine`,
        why: 'Tolerance halves in 3–7 days and is gone in 1–2 weeks without use, so an amount you were used to would now hit much harder. Craving and low mood can come and go for weeks.',
        action:
          'If craving hits, use your plan and coping tools. If you do use again, do not use alone, and do not go back to your old amounts.',
        source: 'PsychonautWiki (tolerance); MDedge, "Recognizing and treating ketamine abuse"',
        articleSlug: 'withdrawal',
      },
    ];
  }
  return [];
}

function notableSymptoms(history: History, daysSinceStopping: number): string[] {
  const notable = new Set<WithdrawalSymptom>();
  for (const checkIn of checkInsInLastDays(history, daysSinceStopping)) {
    for (const [symptom, level] of Object.entries(checkIn.symptoms ?? {})) {
      if (level !== undefined && level >= NOTABLE_SYMPTOM_LEVEL) {
        notable.add(symptom as WithdrawalSymptom);
      }
    }
  }
  return [...notable].flatMap((symptom) => {
    const words = SYMPTOM_WORDS[symptom];
    return words === undefined ? [] : [words];
  });
}
