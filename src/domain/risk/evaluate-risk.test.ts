import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRisk } from './evaluate-risk.js';
import { SEVERITIES } from '../severity.js';
import {
  checkInDaysAgo,
  dateDaysAgo,
  doseDaysAgo,
  doseHoursAgo,
  dosesOnDays,
  input,
  range,
} from './test-helpers/build-input.js';
import {
  ARTICLE_SLUGS,
  DOSE_PURPOSES,
  PLAN_GOALS,
  ROUTES,
  WITHDRAWAL_SYMPTOMS,
  type RiskCheckIn,
  type RiskDose,
  type RiskInput,
} from './types.js';
import { catalogue } from '../i18n/catalogue.js';
import { checkInteractions } from '../interactions/index.js';
import { riskFlagWords } from './flag-words.js';

const english = catalogue('en');

describe('evaluateRisk', () => {
  it('puts urgent flags first, then warnings, advice and information', () => {
    const { flags } = evaluateRisk(
      input({
        doses: [...dosesOnDays(range(1, 20), 60), doseHoursAgo(1, 200, { coUse: ['alcohol'] })],
        checkIns: [checkInDaysAgo(0, { bladder: { frequency: 1 }, selfHarmThoughts: true })],
      }),
    );
    const severities = flags.map((flag) => flag.severity);
    expect(severities).toEqual(
      [...severities].sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b)),
    );
    expect(flags.slice(0, 2).map((flag) => flag.code)).toEqual([
      'self-harm-thoughts',
      'dangerous-combination',
    ]);
    expect(flags.map((flag) => flag.code)).toContain('heavy-amount');
    expect(flags.map((flag) => flag.code)).toContain('bladder-symptoms');
  });

  it('returns no flags and an empty summary for an empty history', () => {
    const result = evaluateRisk(input());
    expect(result.flags).toEqual([]);
    expect(result.summary).toEqual({
      today: '2025-06-15',
      lastUseDate: null,
      daysSinceLastUse: null,
      useDaysLast7: 0,
      useDaysLast28: 0,
      mgPerUseDayLast28: null,
      mgPerUseDayTrend: 'not-enough-data',
      cravingTrend: 'not-enough-data',
      withdrawalPhase: 'none',
      withdrawalDay: null,
      goal: null,
    });
  });

  it('summarises use, trend, withdrawal and the goal', () => {
    const doses = [
      ...dosesOnDays(range(16, 40), 100),
      ...dosesOnDays(range(3, 15), 150),
      doseDaysAgo(3.1, 50),
    ];
    const { summary } = evaluateRisk(
      input({ doses, plan: { goal: 'stop', startDate: dateDaysAgo(2) } }),
    );
    expect(summary).toMatchObject({
      lastUseDate: dateDaysAgo(3),
      daysSinceLastUse: 3,
      useDaysLast7: 4,
      useDaysLast28: 25,
      mgPerUseDayTrend: 'rising',
      withdrawalPhase: 'acute',
      withdrawalDay: 3,
      goal: { goal: 'stop', currentStreakDays: 3, lapses: 0 },
    });
    expect(summary.mgPerUseDayLast28).toBeCloseTo((13 * 150 + 50 + 12 * 100) / 25);
  });

  it('uses the person’s time zone for "today"', () => {
    const now = new Date('2025-06-15T23:30:00Z');
    const { summary } = evaluateRisk({ ...input(), now, timeZone: 'Asia/Tokyo' });
    expect(summary.today).toBe('2025-06-16');
  });
});

const timeZones = [
  'UTC',
  'Europe/London',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
];
const nowArb = fc.date({
  min: new Date('2001-01-01'),
  max: new Date('2099-01-01'),
  noInvalidDate: true,
});
const level = fc.constantFrom(0, 1, 2, 3 as const);
const substance = fc.oneof(
  fc.constantFrom('alcohol', 'xanax', 'fentanyl', 'caffeine', 'cannabis', 'mdma', 'pregabalin'),
  fc.string({ maxLength: 12 }),
);

function historyFor(now: Date) {
  const offsetMs = fc.integer({ min: -3 * 365 * 86_400_000, max: 86_400_000 });
  const dose: fc.Arbitrary<RiskDose> = fc.record(
    {
      id: fc.uuid(),
      takenAt: offsetMs.map((offset) => new Date(now.getTime() + offset)),
      mg: fc.double({ min: 0.001, max: 10_000, noNaN: true }),
      route: fc.constantFrom(...ROUTES),
      purpose: fc.constantFrom(...DOSE_PURPOSES),
      coUse: fc.array(
        fc.record(
          { substance, amount: fc.double({ min: 0, max: 100, noNaN: true }), unit: fc.string() },
          { requiredKeys: ['substance'] },
        ),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ['id', 'takenAt', 'mg', 'route', 'coUse'] },
  );
  const checkIn: fc.Arbitrary<RiskCheckIn> = fc.record(
    {
      date: offsetMs.map((offset) => new Date(now.getTime() + offset).toISOString().slice(0, 10)),
      craving: fc.integer({ min: 0, max: 10 }),
      mood: fc.integer({ min: 0, max: 10 }),
      sleepHours: fc.double({ min: 0, max: 24, noNaN: true }),
      symptoms: fc.dictionary(fc.constantFrom(...WITHDRAWAL_SYMPTOMS), level),
      dissociation: level,
      bladder: fc.record(
        {
          frequency: level,
          urgency: level,
          painPassingUrine: level,
          lowerBellyPain: level,
          bloodInUrine: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      selfHarmThoughts: fc.boolean(),
      systolicMmHg: fc.integer({ min: 50, max: 260 }),
      diastolicMmHg: fc.integer({ min: 30, max: 160 }),
      heartRateBpm: fc.integer({ min: 30, max: 220 }),
    },
    { requiredKeys: ['date'] },
  );
  const result = fc.record({
    questionnaireId: fc.constantFrom('phq-9', 'gad-7', 'sds-ketamine'),
    takenAt: offsetMs.map((offset) => new Date(now.getTime() + offset)),
    score: fc.integer({ min: 0, max: 27 }),
    answers: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 9 }),
  });
  const plan = fc.record(
    {
      goal: fc.constantFrom(...PLAN_GOALS),
      startDate: offsetMs.map((offset) =>
        new Date(now.getTime() + offset).toISOString().slice(0, 10),
      ),
      pricePerGram: fc.double({ min: 0, max: 500, noNaN: true }),
    },
    { requiredKeys: ['goal', 'startDate'] },
  );
  return fc.record(
    {
      now: fc.constant(now),
      timeZone: fc.constantFrom(...timeZones),
      doses: fc.array(dose, { maxLength: 60 }),
      checkIns: fc.array(checkIn, { maxLength: 40 }),
      questionnaireResults: fc.array(result, { maxLength: 5 }),
      plan,
    },
    { requiredKeys: ['now', 'timeZone', 'doses', 'checkIns', 'questionnaireResults'] },
  ) as fc.Arbitrary<RiskInput>;
}

describe('evaluateRisk for any valid history', () => {
  it('never throws and returns well-formed, sorted flags and a sane summary', () => {
    fc.assert(
      fc.property(
        nowArb.chain((now) => historyFor(now)),
        (riskInput) => {
          const { flags, summary } = evaluateRisk(riskInput);
          let previousRank = 0;
          for (const flag of flags) {
            expect(flag.code).toMatch(/^[a-z0-9-]+$/);
            expect(SEVERITIES).toContain(flag.severity);
            const words = riskFlagWords(flag, english, checkInteractions);
            for (const text of [words.title, words.why, words.action, flag.source]) {
              expect(text.trim().length).toBeGreaterThan(0);
              expect(text).not.toMatch(/undefined|NaN|null/);
            }
            if (flag.articleSlug !== undefined) expect(ARTICLE_SLUGS).toContain(flag.articleSlug);
            const rank = SEVERITIES.indexOf(flag.severity);
            expect(rank).toBeGreaterThanOrEqual(previousRank);
            previousRank = rank;
          }
          expect(summary.useDaysLast7).toBeLessThanOrEqual(7);
          expect(summary.useDaysLast28).toBeLessThanOrEqual(28);
          expect(summary.useDaysLast7).toBeLessThanOrEqual(summary.useDaysLast28);
          if (summary.daysSinceLastUse !== null)
            expect(summary.daysSinceLastUse).toBeGreaterThanOrEqual(0);
          if (summary.mgPerUseDayLast28 !== null)
            expect(Number.isFinite(summary.mgPerUseDayLast28)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
