import type { Catalogue } from '../i18n/catalogue.js';
import type { InteractionCheck, InteractionPair } from '../interactions/index.js';
import type { RiskFlag, RiskFlagParams } from './types.js';

/** What a flag says to the person, in the catalogue's language. */
export type RiskFlagWords = { title: string; why: string; action: string };

/**
 * The combination checker (checkInteractions), passed in so that the web app can load its
 * data apart from the first load and word the flags once it has.
 */
export type CheckInteractions = (names: string[]) => InteractionCheck;

type Words<Code extends keyof RiskFlagParams> = (
  params: RiskFlagParams[Code],
  messages: Catalogue,
  check: CheckInteractions,
) => RiskFlagWords;

const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
const mg = (messages: Catalogue, amount: number) =>
  messages.t('risk.mg', { mg: messages.number(Math.round(amount)) });

/** The data's words for a pair (what happens, what to do), looked up on the device. */
function pairFacts(
  pair: { a: string; b: string } | null,
  check: CheckInteractions,
): InteractionPair | undefined {
  return pair ? check([pair.a, pair.b]).pairs[0] : undefined;
}

const sentences = (...parts: Array<string | undefined>) =>
  parts.filter((part) => part !== undefined && part !== '').join(' ');

const wordsByCode: { [Code in keyof RiskFlagParams]: Words<Code> } = {
  binge: (params, { t, tPlural }) => {
    const values = { doses: tPlural('risk.doses', params.doses), hours: params.windowHours };
    return {
      title: t('risk.binge.title', values),
      why: t(params.largeTotal ? 'risk.binge.whyLargeTotal' : 'risk.binge.why', values),
      action: t('risk.binge.action'),
    };
  },
  'blood-in-urine': (_params, { t }) => ({
    title: t('risk.bloodInUrine.title'),
    why: t('risk.bloodInUrine.why'),
    action: t('risk.bloodInUrine.action'),
  }),
  'severe-lower-belly-pain': (_params, { t }) => ({
    title: t('risk.severeLowerBellyPain.title'),
    why: t('risk.severeLowerBellyPain.why'),
    action: t('risk.severeLowerBellyPain.action'),
  }),
  'bladder-symptoms': (params, { t, list }) => ({
    title: t('risk.bladderSymptoms.title'),
    why: t('risk.bladderSymptoms.why', {
      items: list(params.items.map((item) => t(`risk.bladderItem.${item}`))),
    }),
    action: t('risk.bladderSymptoms.action'),
  }),
  'blood-pressure-crisis': (params, { t, number }) => {
    const half = (value: number | null) =>
      value === null ? t('risk.bloodPressure.unknownHalf') : number(value);
    return {
      title: t('risk.bloodPressureCrisis.title'),
      why: t('risk.bloodPressureCrisis.why', {
        systolic: half(params.systolicMmHg),
        diastolic: half(params.diastolicMmHg),
      }),
      action: t('risk.bloodPressureCrisis.action'),
    };
  },
  'blood-pressure-high': (params, { t, number }) => ({
    title: t('risk.bloodPressureHigh.title'),
    why: t('risk.bloodPressureHigh.why', { readings: number(params.readings) }),
    action: t('risk.bloodPressureHigh.action'),
  }),
  'craving-rising': (params, { t, number }) => ({
    title: t('risk.cravingRising.title'),
    why: t('risk.cravingRising.why', {
      recent: number(params.recentMean, oneDecimal),
      previous: number(params.previousMean, oneDecimal),
    }),
    action: t('risk.cravingRising.action'),
  }),
  'goal-progress': (params, { t, tPlural, number }) => {
    const goal = t(`risk.goal.${params.goal}`);
    const newCount = params.currentStreakDays === 0;
    return {
      title: newCount
        ? t('risk.goalProgress.titleNewCount', { goal })
        : t('risk.goalProgress.titleStreak', {
            goal,
            days: tPlural('time.days', params.currentStreakDays),
          }),
      why: sentences(
        t('risk.goalProgress.started', { date: params.startDate }),
        params.longestStreakDays > params.currentStreakDays
          ? t('risk.goalProgress.longest', {
              days: tPlural('time.days', params.longestStreakDays),
            })
          : undefined,
        params.moneyNotSpent
          ? t('risk.goalProgress.moneyNotSpent', {
              amount: number(params.moneyNotSpent, {
                minimumFractionDigits: 2,
                maximumFractionDigits: 2,
              }),
            })
          : undefined,
      ),
      action:
        newCount && params.lapses > 0
          ? t('risk.goalProgress.actionAfterLapse')
          : t('risk.goalProgress.action'),
    };
  },
  'heavy-amount': (params, messages) => {
    const { t, tPlural } = messages;
    const values = { amount: mg(messages, params.mg), route: t(`risk.route.${params.route}`) };
    return {
      title: t('risk.heavyAmount.title'),
      why:
        params.otherLargeDoses > 0
          ? t('risk.heavyAmount.whyWithOthers', {
              ...values,
              others: tPlural('risk.heavyAmount.others', params.otherLargeDoses),
            })
          : t('risk.heavyAmount.why', values),
      action: t('risk.heavyAmount.action'),
    };
  },
  'days-since-last-use': (params, { t, tPlural }) => ({
    title:
      params.days === 0
        ? t('risk.lastUse.titleToday')
        : t('risk.lastUse.title', { days: tPlural('time.days', params.days) }),
    why: t('risk.lastUse.why'),
    action: params.days === 0 ? t('risk.lastUse.actionToday') : t('risk.lastUse.action'),
  }),
  'combination-unknown': (params, { t, list }) => ({
    title: t('risk.combinationUnknown.title'),
    why: t('risk.combinationUnknown.why', { names: list(params.names) }),
    action: t('risk.combinationUnknown.action'),
  }),
  'dangerous-combination': (params, { t, list }, check) => {
    const facts = pairFacts(params.pair, check);
    const generalAction = params.active
      ? t('risk.dangerousCombination.actionActive')
      : t('risk.dangerousCombination.action');
    return {
      title: params.active
        ? t('risk.dangerousCombination.titleActive')
        : t('risk.dangerousCombination.title'),
      why: sentences(
        t('risk.combination.loggedWith', { substances: list(params.substances) }),
        facts?.what ?? t('risk.dangerousCombination.whatWithoutData'),
        params.stackedDepressants ? t('risk.dangerousCombination.stacked') : undefined,
      ),
      action:
        params.pairSteps && facts
          ? sentences(
              params.active ? t('risk.dangerousCombination.activeFirstSteps') : undefined,
              facts.todo,
            )
          : generalAction,
    };
  },
  'combination-caution': (params, { t, list }, check) => {
    const facts = pairFacts(params.pair, check);
    return {
      title: t('risk.combinationCaution.title'),
      why: sentences(
        t('risk.combination.loggedWith', { substances: list(params.substances) }),
        facts?.what,
      ),
      action: facts?.todo ?? t('risk.combinationCaution.action'),
    };
  },
  'self-harm-thoughts': (params, { t }) => ({
    title: t('risk.selfHarm.title'),
    why: params.fromCheckIn ? t('risk.selfHarm.whyCheckIn') : t('risk.selfHarm.whyPhq9'),
    action: t('risk.selfHarm.action'),
  }),
  'escalating-use': ({ amount, frequency }, messages) => {
    const { t, number } = messages;
    const amounts = amount && {
      recentAmount: mg(messages, amount.recentMgPerUseDay),
      baselineAmount: mg(messages, amount.baselineMgPerUseDay),
    };
    const days = frequency && {
      recentDays: number(frequency.recentUseDaysPerWeek, oneDecimal),
      baselineDays: number(frequency.baselineUseDaysPerWeek, oneDecimal),
    };
    return {
      title: t('risk.escalatingUse.title'),
      why:
        amounts && days
          ? t('risk.escalatingUse.whyBoth', { ...amounts, ...days })
          : amounts
            ? t('risk.escalatingUse.whyAmount', amounts)
            : t('risk.escalatingUse.whyFrequency', days ?? { recentDays: '', baselineDays: '' }),
      action: t('risk.escalatingUse.action'),
    };
  },
  'use-days': (params, messages) => {
    const { t, tPlural, number } = messages;
    return {
      title: t('risk.useDays.title', {
        days: tPlural('time.days', params.useDaysLast7),
        monthDays: number(params.useDaysLast28),
      }),
      why: t('risk.useDays.why', { amount: mg(messages, params.mgPerUseDay) }),
      action: t('risk.useDays.action'),
    };
  },
  'withdrawal-acute': (params, { t, list, number }) => {
    const day = number(params.day);
    return {
      title: t('risk.withdrawalAcute.title', { day }),
      why:
        params.symptoms.length > 0
          ? t('risk.withdrawalAcute.whyLogged', {
              symptoms: list(params.symptoms.map((symptom) => t(`risk.symptom.${symptom}`))),
            })
          : t('risk.withdrawalAcute.why'),
      action: t('risk.withdrawalAcute.action'),
    };
  },
  'tolerance-reset': (params, { t, tPlural }) => ({
    title: t('risk.toleranceReset.title', { days: tPlural('time.days', params.day) }),
    why: t('risk.toleranceReset.why'),
    action: t('risk.toleranceReset.action'),
  }),
};

/** A flag's title, why and action, worded from its code and parameters. */
export function riskFlagWords(
  flag: RiskFlag,
  messages: Catalogue,
  check: CheckInteractions,
): RiskFlagWords {
  const words = wordsByCode[flag.code] as Words<typeof flag.code>;
  return words(flag.params as never, messages, check);
}
