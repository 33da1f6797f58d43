import type { CheckInInput, DoseInput, PlanInput } from '../log/log-api.js';
import type { WithdrawalSymptom } from '../log/vocabulary.js';
import { dayNumberOfIsoDate, isoDateOfDayNumber } from '../risk/local-date.js';
import type { IsoDate } from '../risk/types.js';

/**
 * Three months of a made-up person's log, for `ketalog demo`: weekend use that creeps up
 * (more nights, more doses, larger amounts, a weekday creeping in), daily check-ins where
 * craving rises and bladder symptoms appear from the sixth week, a PHQ-9 every two weeks
 * and a plan to cut down. Deterministic: the same `today` always gives the same history.
 * It is example data, not a pattern anyone should copy.
 */
export type DemoHistory = {
  doses: DoseInput[];
  checkIns: CheckInInput[];
  /** PHQ-9 answers with the day they were given. */
  phq9: { date: IsoDate; answers: number[] }[];
  plan: PlanInput;
};

export const demoDays = 91;
const PHQ9_EVERY_DAYS = 14;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** A small seeded generator (mulberry32), so the demo is the same on every machine. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    chance: (probability: number) => next() < probability,
    between: (low: number, high: number) => low + next() * (high - low),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const clamp = (value: number, low: number, high: number) =>
  Math.min(high, Math.max(low, Math.round(value)));
const roundTo5 = (mg: number) => Math.max(5, Math.round(mg / 5) * 5);

const settings = ["a friend's flat", 'a club', 'home', 'a house party'] as const;
const hangoverSymptoms: WithdrawalSymptom[] = ['insomnia', 'low-mood', 'fatigue', 'anxiety'];

export function buildDemoHistory(today: IsoDate): DemoHistory {
  const random = randomSource(20_261_201);
  const todayNumber = dayNumberOfIsoDate(today);
  const firstDay = todayNumber - demoDays;
  const doses: DoseInput[] = [];
  const checkIns: CheckInInput[] = [];
  const useDays = new Set<number>();

  for (let day = firstDay; day < todayNumber; day += 1) {
    // 0 at the start of the three months, 1 at the end, rising faster towards the end: the
    // last fortnight is clearly heavier than the month before, as escalation looks, on
    // whichever weekday the demo is made (amounts rise with the cube: with the square, some
    // weekdays showed only +20%).
    const trend = ((day - firstDay) / demoDays) ** 2;
    const amountTrend = trend ** 1.5;
    const weekday = new Date(day * MS_PER_DAY).getUTCDay();
    const useChance =
      weekday === 5
        ? 0.45 + 0.55 * trend
        : weekday === 6
          ? 0.9
          : weekday === 0
            ? 0.5 * trend
            : weekday === 3 && trend > 0.75
              ? 0.5
              : 0;
    if (!random.chance(useChance)) continue;
    useDays.add(day);
    const doseCount = clamp(1 + 3 * amountTrend + random.between(0, 1.5), 1, 5);
    const startMs = day * MS_PER_DAY + random.between(20.5, 23) * 60 * MS_PER_MINUTE;
    const setting = random.pick(settings);
    const withDrink = weekday === 5 && random.chance(0.5);
    let atMs = startMs;
    for (let dose = 0; dose < doseCount; dose += 1) {
      doses.push({
        takenAt: new Date(atMs).toISOString(),
        mg: roundTo5(30 + 40 * amountTrend + random.between(-8, 12)),
        route: 'insufflated',
        purpose: 'recreational',
        setting,
        ...(withDrink && dose === 0
          ? {
              coUse: [
                { substance: 'beer', amount: clamp(random.between(2, 5), 2, 5), unit: 'units' },
              ],
            }
          : {}),
      });
      atMs += random.between(40, 95) * MS_PER_MINUTE;
    }
  }

  for (let day = firstDay; day <= todayNumber; day += 1) {
    if (day !== todayNumber && !random.chance(0.85)) continue;
    const trend = (day - firstDay) / demoDays;
    const dayAfterUse = useDays.has(day - 1);
    const week = Math.floor((day - firstDay) / 7);
    const symptoms: Partial<Record<WithdrawalSymptom, number>> = {};
    if (dayAfterUse) {
      for (const symptom of hangoverSymptoms) {
        if (random.chance(0.3 + 0.5 * trend)) symptoms[symptom] = clamp(1 + 1.5 * trend, 1, 3);
      }
    }
    checkIns.push({
      date: isoDateOfDayNumber(day),
      craving: clamp(2 + 4 * trend + (dayAfterUse ? 1 : 0) + random.between(-1, 1), 0, 10),
      mood: clamp(6 - 2 * trend - (dayAfterUse ? 1 : 0) + random.between(-1, 1), 0, 10),
      sleepHours: Math.round((7.5 - (dayAfterUse ? 2.5 : 0) + random.between(-1, 0.5)) * 2) / 2,
      sleepQuality: clamp(4 - (dayAfterUse ? 2 : 0) + random.between(-0.5, 0.5), 1, 5),
      ...(Object.keys(symptoms).length > 0 ? { symptoms } : {}),
      // Bladder symptoms appear from the sixth week and grow: the pattern of ketamine uropathy.
      ...(week >= 5 ? { urinaryFrequency: clamp(1 + (week - 5) / 3, 1, 3) } : {}),
      ...(week >= 7 ? { urinaryUrgency: clamp(1 + (week - 7) / 3, 1, 2) } : {}),
      ...(week >= 9 && random.chance(0.6)
        ? { painPassingUrine: clamp(1 + (week - 9) / 2, 1, 2) }
        : {}),
      ...(week >= 10 && random.chance(0.4) ? { lowerBellyPain: 1 } : {}),
      bloodInUrine: false,
      selfHarmThoughts: false,
      ...(random.chance(0.15)
        ? {
            systolicMmHg: clamp(random.between(118, 134), 90, 200),
            diastolicMmHg: clamp(random.between(74, 86), 50, 120),
            heartRateBpm: clamp(random.between(64, 82), 40, 150),
          }
        : {}),
    });
  }

  const phq9: DemoHistory['phq9'] = [];
  for (let day = firstDay + 7; day <= todayNumber; day += PHQ9_EVERY_DAYS) {
    const trend = (day - firstDay) / demoDays;
    // Item 9 (thoughts of self-harm) stays 0: the demo shows a worsening mood, not a crisis.
    const answers = Array.from({ length: 9 }, (_, item) =>
      item === 8 ? 0 : clamp(0.4 + 1.3 * trend + random.between(-0.5, 0.5), 0, 3),
    );
    phq9.push({ date: isoDateOfDayNumber(day), answers });
  }

  return {
    doses,
    checkIns,
    phq9,
    plan: {
      goal: 'cut-down',
      startDate: isoDateOfDayNumber(todayNumber - 10),
      reasons: ['My bladder has started to hurt', 'I want my weekends back', 'Saving for a trip'],
      triggers: ['Friday nights out', 'Feeling low on Sunday evenings'],
      copingSteps: [
        'Leave the party by midnight',
        'Text Jo before I buy any',
        'Go for a run on Saturday morning',
      ],
      people: [{ name: 'Jo', phone: '07700 900123' }],
      pricePerGram: 30,
    },
  };
}
