import {
  courseOutcome,
  MEASURES,
  summarizeOutcomes,
  type Course,
} from '../../domain/treatment/outcomes.js';
import { localDate } from '../../domain/risk/local-date.js';
import { listQuestionnaireResponsesOf } from '../../db/repositories/questionnaire-responses.js';
import { listClinicSessionsOf } from '../../db/repositories/treatment-sessions.js';
import type { ClinicMembership, GrantedSubject } from '../access/gate.js';
import type { ServiceContext } from './context.js';

/**
 * The clinic's outcomes across the clients who share their self-checks, in two queries:
 * each client's course is their sessions at this clinic and their PHQ-9 results, on their
 * own calendar.
 */
export async function clinicOutcomes(
  ctx: ServiceContext,
  clinic: ClinicMembership,
  granted: readonly GrantedSubject[],
) {
  const ids = granted.map((entry) => entry.subject.userId);
  const [sessions, responses] = await Promise.all([
    listClinicSessionsOf(ctx.db, clinic.clinicId, ids),
    listQuestionnaireResponsesOf(ctx.db, ids, { questionnaireId: 'phq-9' }),
  ]);
  const courses = new Map<string, Course>();
  const timeZones = new Map(granted.map((entry) => [entry.subject.userId, entry.subject.timeZone]));
  const courseOf = (userId: string, product: string) => {
    const existing = courses.get(userId);
    if (existing) return existing;
    const created: Course = { product, sessionDates: [], phq9: [] };
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
  const now = ctx.now();
  const outcomes = [...courses].flatMap(([userId, course]) => {
    const outcome = courseOutcome(course, localDate(now, timeZones.get(userId)!));
    return outcome ? [outcome] : [];
  });
  return {
    groups: summarizeOutcomes(outcomes),
    sources: Object.fromEntries(
      Object.entries(MEASURES).map(([name, measure]) => [name, measure.source]),
    ),
  };
}
