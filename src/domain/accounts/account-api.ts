import { z } from 'zod';
import { ZAccountSchema, ZEmailSchema, ZProfileSchema } from './account.js';

/** Request and response bodies of the account routes, shared by server, web and docs. */
const passwordField = z.string().min(1, 'Enter your password').max(1024);

export const ZCredentialsSchema = z.strictObject({ email: ZEmailSchema, password: passwordField });
export const ZChangePasswordSchema = z.strictObject({
  currentPassword: passwordField,
  newPassword: passwordField,
});
export const ZDeleteAccountSchema = z.strictObject({ password: passwordField });
export const ZProfileUpdateSchema = ZProfileSchema.partial().strict();
export const ZAccountResponseSchema = z.object({ account: ZAccountSchema });

/** Shown once, at sign-up or when made anew in Settings; the server keeps only hashes. */
export const ZRecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export const ZSignUpResponseSchema = ZAccountResponseSchema.extend(ZRecoveryCodesSchema.shape);
export const ZNewRecoveryCodesSchema = z.strictObject({ password: passwordField });

/** A forgotten password is reset with a recovery code, or with the token from a reset email. */
export const ZResetPasswordSchema = z.union([
  z.strictObject({
    email: ZEmailSchema,
    recoveryCode: z.string().trim().min(1, 'Enter a recovery code').max(64),
    newPassword: passwordField,
  }),
  z.strictObject({ token: z.string().min(1).max(100), newPassword: passwordField }),
]);
export const ZForgotPasswordSchema = z.strictObject({ email: ZEmailSchema });
export const ZRecoveryOptionsSchema = z.object({ emailLink: z.boolean() });

export const ZSessionSummarySchema = z.object({
  id: z.uuid(),
  device: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  lastUsedAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  current: z.boolean(),
});
export type SessionSummary = z.infer<typeof ZSessionSummarySchema>;
export const ZSessionListSchema = z.object({ sessions: z.array(ZSessionSummarySchema) });
export const ZSessionIdParamsSchema = z.object({ id: z.uuid('not a session id') });
