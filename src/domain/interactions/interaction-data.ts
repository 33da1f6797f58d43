import type { z } from 'zod';
import combinationsJson from '../../../content/interactions/combinations.json' with { type: 'json' };
import sourcesJson from '../../../content/interactions/sources.json' with { type: 'json' };
import substancesJson from '../../../content/interactions/substances.json' with { type: 'json' };
import {
  ZCombinationsFileSchema,
  crossCheckInteractionData,
  ZSourcesFileSchema,
  ZSubstancesFileSchema,
  type CombinationsFile,
  type SourcesFile,
  type SubstancesFile,
} from './interaction-data-schema.js';

export type InteractionData = {
  substances: SubstancesFile;
  sources: SourcesFile;
  combinations: CombinationsFile;
};

function parseFile<T>(label: string, schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`${label} is not valid: ${issues.join('; ')}`);
}

/** Validates the three files together; a broken file stops start-up (and the tests), naming it. */
export function parseInteractionData(raw: {
  substances: unknown;
  sources: unknown;
  combinations: unknown;
}): InteractionData {
  const data = {
    substances: parseFile(
      'content/interactions/substances.json',
      ZSubstancesFileSchema,
      raw.substances,
    ),
    sources: parseFile('content/interactions/sources.json', ZSourcesFileSchema, raw.sources),
    combinations: parseFile(
      'content/interactions/combinations.json',
      ZCombinationsFileSchema,
      raw.combinations,
    ),
  };
  const problems = crossCheckInteractionData(data);
  if (problems.length > 0) {
    throw new Error(`content/interactions is not consistent: ${problems.join('; ')}`);
  }
  return data;
}

// Bundled with the code (not read from disk) so the web app checks mixes offline too.
export const interactionData: InteractionData = parseInteractionData({
  substances: substancesJson,
  sources: sourcesJson,
  combinations: combinationsJson,
});
