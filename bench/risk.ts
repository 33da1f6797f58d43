/**
 * Risk engine benchmark: three years of one person's data (about 1,100 daily check-ins and
 * 3,000 doses, a third with co-used substances, monthly PHQ-9, a recovery plan) in a time
 * zone with daylight saving, evaluated many times. Run: npx tsx bench/risk.ts. The last line
 * is the summary the docs quote.
 */
import { evaluateRisk } from '../src/domain/risk/evaluate-risk.js';
import {
  ROUTES,
  WITHDRAWAL_SYMPTOMS,
  type RiskCheckIn,
  type RiskDose,
  type RiskInput,
} from '../src/domain/risk/types.js';

const days = 3 * 365 + 5;
const evaluations = 500;
const targetMs = 20;
const dayMs = 86_400_000;
const now = new Date('2026-03-15T20:00:00Z');
const coUsed = [
  'alcohol',
  'cannabis',
  'xanax',
  'cocaine',
  'mdma',
  'caffeine',
  'pregabalin',
  'mystery pill',
];

/** mulberry32: a small seeded generator so every run measures the same history. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function buildInput(): RiskInput {
  const random = createRandom(7);
  const doses: RiskDose[] = [];
  const checkIns: RiskCheckIn[] = [];
  const questionnaireResults: RiskInput['questionnaireResults'] = [];
  for (let day = days; day >= 0; day--) {
    const dayStartMs = now.getTime() - day * dayMs;
    if (random() < 0.6) {
      const count = 1 + Math.floor(random() * 8);
      for (let index = 0; index < count; index++) {
        const coUse = random() < 0.33 ? [{ substance: pick(random, coUsed) }] : [];
        doses.push({
          id: `d${doses.length}`,
          takenAt: new Date(dayStartMs - random() * 6 * 3_600_000),
          mg: 20 + Math.round(random() * 180),
          route: random() < 0.9 ? 'insufflated' : pick(random, ROUTES),
          purpose: random() < 0.95 ? 'recreational' : 'self-medication',
          coUse,
        });
      }
    }
    const symptoms = Object.fromEntries(
      WITHDRAWAL_SYMPTOMS.map((symptom) => [symptom, Math.floor(random() * 4) as 0 | 1 | 2 | 3]),
    );
    checkIns.push({
      date: new Date(dayStartMs).toISOString().slice(0, 10),
      craving: Math.floor(random() * 11),
      mood: Math.floor(random() * 11),
      sleepHours: 4 + random() * 5,
      symptoms,
      bladder: {
        frequency: Math.floor(random() * 4) as 0 | 1 | 2 | 3,
        bloodInUrine: random() < 0.01,
      },
      selfHarmThoughts: random() < 0.01,
      systolicMmHg: 110 + Math.round(random() * 50),
      diastolicMmHg: 70 + Math.round(random() * 30),
    });
    if (day % 30 === 0) {
      const answers = Array.from({ length: 9 }, () => Math.floor(random() * 4));
      questionnaireResults.push({
        questionnaireId: 'phq-9',
        takenAt: new Date(dayStartMs),
        score: answers.reduce((sum, answer) => sum + answer, 0),
        answers,
      });
    }
  }
  return {
    now,
    timeZone: 'Europe/London',
    doses,
    checkIns,
    questionnaireResults,
    plan: { goal: 'cut-down', startDate: '2025-12-01', pricePerGram: 25 },
  };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
}

const riskInput = buildInput();
const coldStart = performance.now();
const first = evaluateRisk(riskInput);
const coldMs = performance.now() - coldStart;

const timesMs: number[] = [];
let checksum = 0;
for (let run = 0; run < evaluations; run++) {
  const start = performance.now();
  checksum += evaluateRisk(riskInput).flags.length;
  timesMs.push(performance.now() - start);
}
timesMs.sort((a, b) => a - b);
const median = percentile(timesMs, 0.5);
const p99 = percentile(timesMs, 0.99);

console.log(
  `history: ${riskInput.doses.length} doses, ${riskInput.checkIns.length} check-ins, ` +
    `${riskInput.questionnaireResults.length} questionnaire results, time zone ${riskInput.timeZone}`,
);
console.log(`flags: ${first.flags.map((flag) => `${flag.code}(${flag.severity})`).join(', ')}`);
console.log(`first evaluation (cold caches, unoptimised code): ${coldMs.toFixed(1)} ms`);
console.log(
  `${evaluations} evaluations: median ${median.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms (checksum ${checksum})`,
);
console.log(`risk: ${median.toFixed(1)} ms per evaluation (target < ${targetMs} ms)`);
