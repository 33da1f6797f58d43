import { z } from 'zod';
import { accountSchema, emailSchema, profileSchema } from './account.js';

/** Request and response bodies of the account routes, shared by server, web and docs. */
const passwordField = z.string().min(1, 'Enter your password').max(1024);

export const ZCredentialsSchema = z.strictObject({ email: emailSchema, password: passwordField });
export const ZChangePasswordSchema = z.strictObject({
  currentPassword: passwordField,
  newPassword: passwordField,
});
export const ZDeleteAccountSchema = z.strictObject({ password: passwordField });
export const ZProfileUpdateSchema = profileSchema.partial().strict();
export const ZAccountResponseSchema = z.object({ account: accountSchema });
