import { withErrors } from '../../domain/api-responses.js';
import { ZClientParamsSchema } from '../../domain/clinic/clinic-api.js';
import {
  ZClientNextSessionSchema,
  ZMyTreatmentScheduleSchema,
  ZNextSessionInputSchema,
  ZPreparationRulesInputSchema,
  ZPreparationRulesSchema,
  ZQuestionnaireScheduleInputSchema,
  ZQuestionnaireScheduleListSchema,
} from '../../domain/treatment/treatment-schedule-api.js';
import {
  clientSubjectOf,
  clinicOf,
  sharedClientSubjectOf,
  subjectOf,
} from '../access/request-access.js';
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

const tags = ['treatment'];
const params = ZClientParamsSchema;

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

  app.get(
    '/api/clinic/clients/:clientId/next-session',
    {
      schema: {
        tags,
        summary:
          'The client’s next planned session, with the check of their log against the preparation rules when they share their log',
        params,
        response: withErrors({ 200: ZClientNextSessionSchema }),
      },
    },
    async (request) => {
      const { clinic, subject } = await clientSubjectOf(
        request,
        request.params.clientId,
        'treatment',
      );
      const logSubject = await sharedClientSubjectOf(request, request.params.clientId, 'log');
      return clientNextSession(app.ctx, clinic, subject, logSubject);
    },
  );

  app.put(
    '/api/clinic/clients/:clientId/next-session',
    {
      schema: {
        tags,
        summary: 'Plan the client’s next session (startsAt null clears it)',
        params,
        body: ZNextSessionInputSchema,
        response: withErrors({ 200: ZClientNextSessionSchema }),
      },
    },
    async (request) => {
      const { clinic, subject } = await clientSubjectOf(
        request,
        request.params.clientId,
        'treatment',
      );
      await consumeWriteQuota(app.ctx, subject.actorId);
      const logSubject = await sharedClientSubjectOf(request, request.params.clientId, 'log');
      return setNextSession(app.ctx, clinic, subject, logSubject, request.body.startsAt);
    },
  );

  app.get(
    '/api/clinic/clients/:clientId/questionnaire-schedule',
    {
      schema: {
        tags,
        summary:
          'The self-checks the clinic scheduled for the client; due and overdue when they share self-checks',
        params,
        response: withErrors({ 200: ZQuestionnaireScheduleListSchema }),
      },
    },
    async (request) => {
      const { clinic, subject } = await clientSubjectOf(
        request,
        request.params.clientId,
        'treatment',
      );
      const results = await sharedClientSubjectOf(request, request.params.clientId, 'self-checks');
      return clientSchedules(app.ctx, clinic, subject, results !== null);
    },
  );

  app.put(
    '/api/clinic/clients/:clientId/questionnaire-schedule',
    {
      schema: {
        tags,
        summary:
          'Schedule a self-check for the client every N days (a PHQ-9 every 14, say); everyDays null stops it',
        params,
        body: ZQuestionnaireScheduleInputSchema,
        response: withErrors({ 200: ZQuestionnaireScheduleListSchema }),
      },
    },
    async (request) => {
      const { clinic, subject } = await clientSubjectOf(
        request,
        request.params.clientId,
        'treatment',
      );
      await consumeWriteQuota(app.ctx, subject.actorId);
      const results = await sharedClientSubjectOf(request, request.params.clientId, 'self-checks');
      return setQuestionnaireSchedule(app.ctx, clinic, subject, request.body, results !== null);
    },
  );

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
