import { bladderScore } from '../../domain/log/bladder-score.js';
import {
  bladderSource,
  bladderTrend,
  courseOutcome,
  MEASURES,
  summarizeOutcomes,
  type Course,
} from '../../domain/treatment/outcomes.js';
import { localDate } from '../../domain/risk/local-date.js';
import { listBladderItemsOf } from '../../db/repositories/check-ins.js';
import { listQuestionnaireResponsesOf } from '../../db/repositories/questionnaire-responses.js';
import { listClinicSessionsOf } from '../../db/repositories/treatment-sessions.js';
import type { ClinicMembership, GrantedSubject } from '../access/gate.js';
import type { ServiceContext } from './context.js';

/**
 * The clinic's outcomes across its clients, in three queries: each client's course is their
 * sessions at this clinic, with their PHQ-9 results when they share self-checks and their
 * check-ins' bladder scores when they share check-ins, on their own calendar.
 */
export async function clinicOutcomes(
  ctx: ServiceContext,
  clinic: ClinicMembership,
  granted: { selfChecks: readonly GrantedSubject[]; checkIns: readonly GrantedSubject[] },
) {
  const phq9Ids = granted.selfChecks.map((entry) => entry.subject.userId);
  const bladderIds = granted.checkIns.map((entry) => entry.subject.userId);
  const [sessions, responses, bladder] = await Promise.all([
    listClinicSessionsOf(ctx.db, clinic.clinicId, [...new Set([...phq9Ids, ...bladderIds])]),
    listQuestionnaireResponsesOf(ctx.db, phq9Ids, { questionnaireId: 'phq-9' }),
    listBladderItemsOf(ctx.db, bladderIds),
  ]);
  const courses = new Map<string, Course>();
  const timeZones = new Map(
    [...granted.selfChecks, ...granted.checkIns].map((entry) => [
      entry.subject.userId,
      entry.subject.timeZone,
    ]),
  );
  const courseOf = (userId: string, product: string) => {
    const existing = courses.get(userId);
    if (existing) return existing;
    const created: Course = { product, sessionDates: [], phq9: [], bladder: [] };
    courses.set(userId, created);
    return created;
  };
  for (const session of sessions) {
    courseOf(session.user_id, session.product).sessionDates.push(
      localDate(session.started_at, timeZones.get(session.user_id)!),
    );
  }
  for (const response of responses) {
    courses.get(response.user_id)?.phq9.push({
      date: localDate(response.taken_at, timeZones.get(response.user_id)!),
      score: response.score,
    });
  }
  for (const row of bladder) {
    const score = bladderScore({
      urinaryFrequency: row.urinary_frequency,
      urinaryUrgency: row.urinary_urgency,
      painPassingUrine: row.pain_passing_urine,
      lowerBellyPain: row.lower_belly_pain,
    });
    if (score !== null) courses.get(row.user_id)?.bladder?.push({ date: row.date, score });
  }
  const now = ctx.now();
  const phq9Sharers = new Set(phq9Ids);
  const outcomes = [...courses].flatMap(([userId, course]) => {
    if (!phq9Sharers.has(userId)) return [];
    const outcome = courseOutcome(course, localDate(now, timeZones.get(userId)!));
    return outcome ? [outcome] : [];
  });
  const trends = [...courses.values()].flatMap((course) => {
    const trend = bladderTrend(course);
    return trend ? [trend] : [];
  });
  return {
    groups: summarizeOutcomes(outcomes, trends),
    sources: {
      ...Object.fromEntries(
        Object.entries(MEASURES).map(([name, measure]) => [name, measure.source]),
      ),
      bladder: bladderSource,
    },
  };
}
