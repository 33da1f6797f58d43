import { withErrors } from '../../domain/api-responses.js';
import {
  ZClientNextSessionSchema,
  ZMyTreatmentScheduleSchema,
  ZNextSessionInputSchema,
  ZPreparationRulesInputSchema,
  ZPreparationRulesSchema,
  ZQuestionnaireScheduleInputSchema,
  ZQuestionnaireScheduleListSchema,
} from '../../domain/treatment/treatment-schedule-api.js';
import { clinicOf, subjectOf } from '../access/request-access.js';
import {
  clientNextSession,
  clientSchedules,
  myTreatmentSchedule,
  preparationRulesOf,
  setNextSession,
  setPreparationRules,
  setQuestionnaireSchedule,
} from '../services/treatment-schedules.js';
import { consumeWriteQuota } from '../services/write-quota.js';
import type { App } from '../app-type.js';
import { clientRoute, registerClientRoutes } from './client-routes.js';

const tags = ['treatment'];

/** A client's next session and scheduled self-checks, as the clinic plans them. */
const clientRoutes = [
  clientRoute({
    method: 'GET',
    path: '/next-session',
    scope: 'treatment',
    partly: ['log'],
    tags,
    summary:
      'The client’s next planned session, with the check of their log against the preparation rules when they share their log',
    response: ZClientNextSessionSchema,
    answer: (ctx, { clinic, subject, partly }) =>
      clientNextSession(ctx, clinic, subject, partly.log),
  }),
  clientRoute({
    method: 'PUT',
    path: '/next-session',
    scope: 'treatment',
    partly: ['log'],
    tags,
    summary: 'Plan the client’s next session (startsAt null clears it)',
    body: ZNextSessionInputSchema,
    response: ZClientNextSessionSchema,
    answer: (ctx, { clinic, subject, partly }, { body }) =>
      setNextSession(ctx, clinic, subject, partly.log, body.startsAt),
  }),
  clientRoute({
    method: 'GET',
    path: '/questionnaire-schedule',
    scope: 'treatment',
    partly: ['self-checks'],
    tags,
    summary:
      'The self-checks the clinic scheduled for the client; due and overdue when they share self-checks',
    response: ZQuestionnaireScheduleListSchema,
    answer: (ctx, { clinic, subject, partly }) =>
      clientSchedules(ctx, clinic, subject, partly['self-checks'] !== null),
  }),
  clientRoute({
    method: 'PUT',
    path: '/questionnaire-schedule',
    scope: 'treatment',
    partly: ['self-checks'],
    tags,
    summary:
      'Schedule a self-check for the client every N days (a PHQ-9 every 14, say); everyDays null stops it',
    body: ZQuestionnaireScheduleInputSchema,
    response: ZQuestionnaireScheduleListSchema,
    answer: (ctx, { clinic, subject, partly }, { body }) =>
      setQuestionnaireSchedule(ctx, clinic, subject, body, partly['self-checks'] !== null),
  }),
];

/**
 * What a clinic plans around sessions (preparation rules, the next session, scheduled
 * self-checks), and what the person sees of it. Planning needs any grant to the clinic
 * (`treatment`); the check of the log before a session needs `log`, the due state of a
 * self-check `self-checks`: without them the clinic sees nothing of either.
 */
export function registerTreatmentScheduleRoutes(app: App) {
  app.get(
    '/api/clinic/preparation-rules',
    {
      schema: {
        tags,
        summary:
          'What the clinic asks clients to avoid before a session, and for how long (default: alcohol, benzodiazepines, cannabis, opioids, 24 hours)',
        response: withErrors({ 200: ZPreparationRulesSchema }),
      },
    },
    async (request) => preparationRulesOf(app.ctx, await clinicOf(request)),
  );

  app.put(
    '/api/clinic/preparation-rules',
    {
      schema: {
        tags,
        summary: 'Set the clinic’s preparation rules (substance classes and hours)',
        body: ZPreparationRulesInputSchema,
        response: withErrors({ 200: ZPreparationRulesSchema }),
      },
    },
    async (request) => {
      const clinic = await clinicOf(request);
      await consumeWriteQuota(app.ctx, request.actor!.id);
      return setPreparationRules(app.ctx, clinic, request.body);
    },
  );

  registerClientRoutes(app, clientRoutes);

  app.get(
    '/api/me/treatment-schedule',
    {
      schema: {
        tags,
        summary:
          'Your next sessions (each with the check of your log against that clinic’s preparation rules) and the self-checks your clinics asked for',
        response: withErrors({ 200: ZMyTreatmentScheduleSchema }),
      },
    },
    async (request) => myTreatmentSchedule(app.ctx, await subjectOf(request, 'treatment')),
  );
}
