import { z } from 'zod';

/**
 * A source that content items point at by id, so each claim can name its evidence
 * without repeating the full reference. Used by the family guide, the observer checklist
 * and the treatment pathway.
 */
export const ZSourceEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be kebab-case' }),
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }).optional(),
});

export type SourceEntry = z.infer<typeof ZSourceEntrySchema>;

/** Every claim cites at least one source. */
export const ZSourceIdsSchema = z.array(z.string().min(1)).min(1);

/** A sentence and the sources it rests on. */
export const ZCitedTextSchema = z.object({ text: z.string().min(1), sourceIds: ZSourceIdsSchema });

export type SourceUse = { path: (string | number)[]; sourceIds: readonly string[] };

/** Adds an issue for each cited id that is missing from `sources`, and for duplicate ids. */
export function addSourceIssues(
  ctx: z.RefinementCtx,
  sources: readonly SourceEntry[],
  uses: readonly SourceUse[],
): void {
  const known = new Set<string>();
  sources.forEach((source, index) => {
    if (known.has(source.id)) {
      ctx.addIssue({ code: 'custom', path: ['sources', index, 'id'], message: 'duplicate id' });
    }
    known.add(source.id);
  });
  for (const use of uses) {
    use.sourceIds.forEach((id, index) => {
      if (known.has(id)) return;
      ctx.addIssue({
        code: 'custom',
        path: [...use.path, 'sourceIds', index],
        message: `unknown source ${id}`,
      });
    });
  }
}
