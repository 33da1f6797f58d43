import { z } from 'zod';
import { ZProfileSchema } from '../accounts/account.js';

/** The profile fields an import may fill in (where the account has none): name and weight. */
export const ZImportedProfileSchema = z.object({
  displayName: ZProfileSchema.shape.displayName.default(null),
  weightKg: ZProfileSchema.shape.weightKg.default(null),
});
