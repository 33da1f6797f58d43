import type { DosePurpose, PlanGoal, Route } from '../../domain/log/vocabulary.js';
import {
  evaluateRisk,
  type RiskCheckIn,
  type RiskInput,
  type RiskResult,
} from '../../domain/risk/index.js';
import { riskInputWindow } from '../../domain/risk/input-window.js';
import { listCheckInsOf, type RuleCheckInRow } from '../../db/repositories/check-ins.js';
import {
  listDosesForRulesOf,
  type RuleDoseRow,
  type UseDayRow,
} from '../../db/repositories/doses.js';
import {
  listQuestionnaireResponsesOf,
  type QuestionnaireResponseRow,
} from '../../db/repositories/questionnaire-responses.js';
import { findRecoveryPlans, type RecoveryPlanRow } from '../../db/repositories/recovery.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';

/** Only the fields a check-in actually has: the rules read "absent" as "not reported". */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== null && field !== undefined),
  ) as Partial<T>;
}

function toRiskCheckIn(row: RuleCheckInRow): RiskCheckIn {
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
  const [input] = await loadRiskInputs(ctx, [subject]);
  return input!;
}

/** Rows of many people, by person, each in the order given. */
export function groupByUser<Row extends { user_id: string }>(
  rows: readonly Row[],
): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.user_id);
    if (group) group.push(row);
    else groups.set(row.user_id, [row]);
  }
  return groups;
}

/**
 * The risk input of many people (a caseload) in four queries however many there are, in the
 * order given; each person's windows and days follow their own plan and time zone.
 */
export async function loadRiskInputs(
  ctx: DataContext,
  subjects: readonly Subject[],
): Promise<RiskInput[]> {
  const now = ctx.now();
  const userIds = subjects.map((subject) => subject.userId);
  const plans = new Map(
    (await findRecoveryPlans(ctx.db, userIds)).map((plan) => [plan.user_id, plan]),
  );
  const windowOf = (userId: string) => {
    const plan = plans.get(userId);
    return riskInputWindow(now, plan ? { startDate: plan.start_date } : undefined);
  };
  const common = riskInputWindow(now);
  const [{ doses, useDays }, checkIns, responses] = await Promise.all([
    listDosesForRulesOf(
      ctx.db,
      subjects.map(({ userId, timeZone }) => {
        const { dosesFrom, useDaysFrom } = windowOf(userId);
        return {
          userId,
          from: dosesFrom,
          ...(useDaysFrom ? { useDays: { from: useDaysFrom, timeZone } } : {}),
        };
      }),
    ),
    listCheckInsOf(ctx.db, userIds, common.checkInsFrom),
    listQuestionnaireResponsesOf(ctx.db, userIds, { from: common.questionnairesFrom }),
  ]);
  const dosesOf = groupByUser(doses);
  const useDaysOf = groupByUser(useDays);
  const checkInsOf = groupByUser(checkIns);
  const responsesOf = groupByUser(responses);
  return subjects.map((subject) =>
    toRiskInput(now, subject, plans.get(subject.userId), {
      doses: dosesOf.get(subject.userId) ?? [],
      useDays: useDaysOf.get(subject.userId) ?? [],
      checkIns: checkInsOf.get(subject.userId) ?? [],
      responses: responsesOf.get(subject.userId) ?? [],
    }),
  );
}

function toRiskInput(
  now: Date,
  subject: Subject,
  plan: RecoveryPlanRow | undefined,
  rows: {
    doses: RuleDoseRow[];
    useDays: UseDayRow[];
    checkIns: RuleCheckInRow[];
    responses: QuestionnaireResponseRow[];
  },
): RiskInput {
  return {
    now,
    timeZone: subject.timeZone,
    doses: rows.doses.map((dose) => ({
      id: dose.id,
      takenAt: dose.taken_at,
      mg: dose.mg,
      route: dose.route as Route,
      ...(dose.purpose ? { purpose: dose.purpose as DosePurpose } : {}),
      coUse: dose.co_use,
    })),
    ...(rows.useDays.length > 0
      ? { earlierUse: rows.useDays.map(({ date, mg }) => ({ date, mg })) }
      : {}),
    checkIns: rows.checkIns.map(toRiskCheckIn),
    questionnaireResults: rows.responses.map((response) => ({
      questionnaireId: response.questionnaire_id,
      takenAt: response.taken_at,
      score: response.score,
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
