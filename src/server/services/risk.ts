import type { DosePurpose, PlanGoal, Route } from '../../domain/log/vocabulary.js';
import {
  evaluateRisk,
  type RiskCheckIn,
  type RiskInput,
  type RiskResult,
} from '../../domain/risk/index.js';
import { riskInputWindow } from '../../domain/risk/input-window.js';
import { listCheckIns } from '../../db/repositories/check-ins.js';
import type { CheckInRow } from '../../db/repositories/check-ins.js';
import { listDosesForRules } from '../../db/repositories/doses.js';
import { listQuestionnaireResponses } from '../../db/repositories/questionnaire-responses.js';
import { findRecoveryPlan } from '../../db/repositories/recovery.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';

/** Only the fields a check-in actually has: the rules read "absent" as "not reported". */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== null && field !== undefined),
  ) as Partial<T>;
}

function toRiskCheckIn(row: CheckInRow): RiskCheckIn {
  const bladder = definedOnly({
    frequency: row.urinary_frequency,
    urgency: row.urinary_urgency,
    painPassingUrine: row.pain_passing_urine,
    lowerBellyPain: row.lower_belly_pain,
    bloodInUrine: row.blood_in_urine,
  });
  return {
    date: row.date,
    ...definedOnly({
      craving: row.craving,
      mood: row.mood,
      sleepHours: row.sleep_hours,
      dissociation: row.dissociation,
      selfHarmThoughts: row.self_harm_thoughts,
      systolicMmHg: row.systolic_mm_hg,
      diastolicMmHg: row.diastolic_mm_hg,
      heartRateBpm: row.heart_rate_bpm,
    }),
    symptoms: row.symptoms,
    bladder,
  } as RiskCheckIn;
}

/** What the risk rules read about one person: only the windows they look at. */
export async function loadRiskInput(ctx: DataContext, subject: Subject): Promise<RiskInput> {
  const plan = await findRecoveryPlan(ctx.db, subject.userId);
  const window = riskInputWindow(ctx.now(), plan ? { startDate: plan.start_date } : undefined);
  const [doses, checkIns, responses] = await Promise.all([
    listDosesForRules(ctx.db, subject.userId, window.dosesFrom),
    listCheckIns(ctx.db, subject.userId, { from: window.checkInsFrom }),
    listQuestionnaireResponses(ctx.db, subject.userId, { from: window.questionnairesFrom }),
  ]);
  return {
    now: ctx.now(),
    timeZone: subject.timeZone,
    doses: doses.map((dose) => ({
      id: dose.id,
      takenAt: dose.taken_at,
      mg: dose.mg,
      route: dose.route as Route,
      ...(dose.purpose ? { purpose: dose.purpose as DosePurpose } : {}),
      coUse: dose.co_use,
    })),
    checkIns: checkIns.map(toRiskCheckIn),
    questionnaireResults: responses.map((response) => ({
      questionnaireId: response.questionnaire_id,
      takenAt: response.taken_at,
      score: (response.result as { score: number }).score,
      answers: response.answers,
    })),
    ...(plan
      ? {
          plan: {
            goal: plan.goal as PlanGoal,
            startDate: plan.start_date,
            ...(plan.details.pricePerGram === undefined
              ? {}
              : { pricePerGram: plan.details.pricePerGram }),
            ...(plan.details.usualGramsPerWeek === undefined
              ? {}
              : { usualGramsPerWeek: plan.details.usualGramsPerWeek }),
          },
        }
      : {}),
  };
}

export async function evaluatePersonRisk(ctx: DataContext, subject: Subject): Promise<RiskResult> {
  return evaluateRisk(await loadRiskInput(ctx, subject));
}
