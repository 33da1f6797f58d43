import { z } from 'zod';
import { familyGuideFor } from '../../domain/family/family-guide-for.js';
import { scoreObserverChecklist } from '../../domain/family/score-observer-checklist.js';
import type { App } from '../app-type.js';
import { countryHintsOf, ZCountryQuerySchema } from './country-hints.js';

const ZChecklistBodySchema = z.strictObject({
  answers: z.record(z.string().min(1).max(80), z.boolean()),
});

export function registerFamilyRoutes(app: App) {
  app.get(
    '/api/family/guide',
    {
      schema: {
        tags: ['family'],
        summary:
          'Worried about someone: signs, conversation, self-care, local support and the observer checklist (no account needed)',
        querystring: ZCountryQuerySchema,
      },
    },
    async (request) => familyGuideFor(app.content, countryHintsOf(request, request.query.country)),
  );

  app.post(
    '/api/family/checklist',
    {
      schema: {
        tags: ['family'],
        summary:
          'Guidance (a tier and next steps, never a verdict) for observer answers; stores nothing',
        body: ZChecklistBodySchema,
      },
    },
    async (request) =>
      scoreObserverChecklist({
        checklist: app.content.observerChecklist,
        answers: request.body.answers,
      }),
  );
}
