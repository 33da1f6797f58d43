import { withErrors } from '../../domain/api-responses.js';
import {
  ZChecklistBodySchema,
  ZFamilyGuideAnswerSchema,
  ZObserverGuidanceSchema,
} from '../../domain/family/family-api.js';
import { familyGuideFor } from '../../domain/family/family-guide-for.js';
import { scoreObserverChecklist } from '../../domain/family/score-observer-checklist.js';
import { ZCountryQuerySchema } from '../../domain/help/help-api.js';
import type { App } from '../app-type.js';
import { countryHintsOf } from './country-hints.js';
import { contentFor } from './request-content.js';

export function registerFamilyRoutes(app: App) {
  app.get(
    '/api/family/guide',
    {
      schema: {
        tags: ['family'],
        summary:
          'Worried about someone: signs, conversation, self-care, local support and the observer checklist (no account needed)',
        querystring: ZCountryQuerySchema,
        response: withErrors({ 200: ZFamilyGuideAnswerSchema }),
      },
    },
    async (request) =>
      familyGuideFor(contentFor(app, request), countryHintsOf(request, request.query.country)),
  );

  app.post(
    '/api/family/checklist',
    {
      schema: {
        tags: ['family'],
        summary:
          'Guidance (a tier and next steps, never a verdict) for observer answers; stores nothing',
        body: ZChecklistBodySchema,
        response: withErrors({ 200: ZObserverGuidanceSchema }),
      },
    },
    async (request) =>
      scoreObserverChecklist({
        checklist: contentFor(app, request).observerChecklist,
        answers: request.body.answers,
      }),
  );
}
