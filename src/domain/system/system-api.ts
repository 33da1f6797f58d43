import { z } from 'zod';

/** Answers of the routes about the service itself. */
export const ZHealthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
