import { z } from 'zod';

import { findCitationMarkers } from './find-citation-markers.js';

export const audiences = ['person', 'family', 'clinician'] as const;
export type Audience = (typeof audiences)[number];

export const referenceKinds = ['doi', 'pmid', 'url'] as const;

/** Reference ids are what body markers (`[ref:id]`) point at, so they share one spelling. */
export const referenceIdPattern = /^[a-z0-9][a-z0-9-]*$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// DOI syntax as Crossref recommends for modern DOIs.
const doiPattern = /^10\.\d{4,9}\/\S+$/;
const pmidPattern = /^[1-9]\d{0,8}$/;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const referenceFields = {
  id: z.string().regex(referenceIdPattern, 'must be lower-case letters, digits and hyphens'),
  citation: nonEmpty,
};

export const ZReferenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...referenceFields,
    kind: z.literal('doi'),
    value: z.string().regex(doiPattern, 'must be a DOI such as 10.1124/pr.117.015198'),
  }),
  z.strictObject({
    ...referenceFields,
    kind: z.literal('pmid'),
    value: z.string().regex(pmidPattern, 'must be a PubMed ID (digits only)'),
  }),
  z.strictObject({
    ...referenceFields,
    kind: z.literal('url'),
    value: z.string().refine(isHttpsAddress, 'must be an https:// address'),
  }),
]);

function isHttpsAddress(value: string): boolean {
  return /^https:\/\/[^\s/?#]+\.[^\s]*$/.test(value) && URL.canParse(value);
}

export type Reference = z.infer<typeof ZReferenceSchema>;

export const ZArticleSchema = z
  .strictObject({
    slug: z.string().regex(slugPattern, 'must be lower-case words joined by hyphens'),
    title: nonEmpty,
    summary: nonEmpty,
    audience: z
      .array(z.enum(audiences))
      .min(1, 'must name at least one audience')
      .refine((list) => new Set(list).size === list.length, 'must not repeat an audience'),
    tags: z.array(nonEmpty),
    lastReviewed: z.iso.date('must be an ISO date such as 2026-11-20'),
    references: z.array(ZReferenceSchema).min(1, 'must list at least one reference'),
    body: nonEmpty,
  })
  .superRefine((article, context) => {
    const ids = new Set<string>();
    article.references.forEach((reference, index) => {
      if (ids.has(reference.id)) {
        context.addIssue({
          code: 'custom',
          path: ['references', index, 'id'],
          message: `repeats the reference id "${reference.id}"`,
        });
      }
      ids.add(reference.id);
    });

    const used = new Set<string>();
    for (const marker of findCitationMarkers(article.body)) {
      if (marker.id === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['body'],
          message: `has a malformed citation marker "${marker.text}" (write [ref:some-id])`,
        });
      } else if (!ids.has(marker.id)) {
        context.addIssue({
          code: 'custom',
          path: ['body'],
          message: `cites [ref:${marker.id}], which is not in references`,
        });
      } else {
        used.add(marker.id);
      }
    }

    article.references.forEach((reference, index) => {
      if (!used.has(reference.id)) {
        context.addIssue({
          code: 'custom',
          path: ['references', index],
          message: `"${reference.id}" is never cited in the body`,
        });
      }
    });
  });

export type Article = z.infer<typeof ZArticleSchema>;
