import { withErrors, ZNoContentSchema } from '../../domain/api-responses.js';
import {
  ZAccountResponseSchema,
  ZChangePasswordSchema,
  ZCredentialsSchema,
  ZDeleteAccountSchema,
  ZForgotPasswordSchema,
  ZNewRecoveryCodesSchema,
  ZProfileUpdateSchema,
  ZRecoveryCodesSchema,
  ZRecoveryOptionsSchema,
  ZResetPasswordSchema,
  ZSessionIdParamsSchema,
  ZSessionListSchema,
  ZSignUpResponseSchema,
} from '../../domain/accounts/account-api.js';
import {
  clearSessionCookie,
  clientOf,
  readSessionToken,
  setSessionCookie,
} from '../auth/session-cookie.js';
import { ownAccountOf } from '../access/request-access.js';
import {
  changePassword,
  deleteAccount,
  renewRecoveryCodes,
  signIn,
  signUp,
} from '../services/accounts.js';
import { updateProfile } from '../services/profile.js';
import {
  recoveryOptions,
  requestResetEmail,
  resetPassword,
} from '../services/password-recovery.js';
import { endEverySession, endSession, endSessionById, listSessions } from '../services/sessions.js';
import type { App } from '../app-type.js';

export function registerAuthRoutes(app: App) {
  const authRateLimit = {
    max: app.ctx.config.authRateLimit.max,
    timeWindow: app.ctx.config.authRateLimit.windowMinutes * 60_000,
  };

  app.post(
    '/api/auth/sign-up',
    {
      schema: {
        tags: ['account'],
        summary: 'Create an account (answers with recovery codes, shown this once)',
        body: ZCredentialsSchema,
        response: withErrors({ 201: ZSignUpResponseSchema }),
      },
      config: { rateLimit: authRateLimit },
    },
    async (request, reply) => {
      const signedIn = await signUp(app.ctx, request.body, clientOf(request));
      setSessionCookie(request, reply, signedIn);
      return reply
        .status(201)
        .send({ account: signedIn.account, recoveryCodes: signedIn.recoveryCodes });
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags: ['account'],
        summary: 'Sign in',
        body: ZCredentialsSchema,
        response: withErrors({ 200: ZAccountResponseSchema }),
      },
      config: { rateLimit: authRateLimit },
    },
    async (request, reply) => {
      const signedIn = await signIn(app.ctx, request.body, clientOf(request));
      setSessionCookie(request, reply, signedIn);
      return { account: signedIn.account };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      schema: {
        tags: ['account'],
        summary: 'Sign out (ends this session)',
        response: withErrors({ 204: ZNoContentSchema }),
      },
    },
    async (request, reply) => {
      const token = readSessionToken(request);
      if (token) await endSession(app.ctx, token);
      clearSessionCookie(request, reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/recovery-options',
    {
      schema: {
        tags: ['account'],
        summary: 'Which ways of resetting a forgotten password this server offers',
        response: withErrors({ 200: ZRecoveryOptionsSchema }),
      },
    },
    async () => recoveryOptions(app.ctx),
  );

  app.post(
    '/api/auth/forgot-password',
    {
      schema: {
        tags: ['account'],
        summary: 'Email a reset link (same answer whether or not the email has an account)',
        body: ZForgotPasswordSchema,
        response: withErrors({ 202: ZNoContentSchema }),
      },
      config: { rateLimit: authRateLimit },
    },
    async (request, reply) => {
      await requestResetEmail(app.ctx, request.body.email);
      return reply.status(202).send();
    },
  );

  app.post(
    '/api/auth/reset-password',
    {
      schema: {
        tags: ['account'],
        summary: 'Set a new password with a recovery code or a reset link (ends every session)',
        body: ZResetPasswordSchema,
        response: withErrors({ 200: ZAccountResponseSchema }),
      },
      config: { rateLimit: authRateLimit },
    },
    async (request, reply) => {
      const signedIn = await resetPassword(app.ctx, request.body, clientOf(request));
      setSessionCookie(request, reply, signedIn);
      return { account: signedIn.account };
    },
  );

  app.get(
    '/api/me',
    {
      schema: {
        tags: ['account'],
        summary: 'The signed-in account',
        response: withErrors({ 200: ZAccountResponseSchema }),
      },
    },
    async (request) => ({ account: await ownAccountOf(request) }),
  );

  app.patch(
    '/api/me',
    {
      schema: {
        tags: ['account'],
        summary: 'Change profile (display name, country, time zone)',
        body: ZProfileUpdateSchema,
        response: withErrors({ 200: ZAccountResponseSchema }),
      },
    },
    async (request) => {
      const account = await ownAccountOf(request);
      return { account: await updateProfile(app.ctx, account.id, request.body) };
    },
  );

  app.post(
    '/api/me/password',
    {
      schema: {
        tags: ['account'],
        summary: 'Change password (ends all other sessions)',
        body: ZChangePasswordSchema,
        response: withErrors({ 200: ZAccountResponseSchema }),
      },
      config: { rateLimit: authRateLimit },
    },
    async (request, reply) => {
      const account = await ownAccountOf(request);
      const signedIn = await changePassword(app.ctx, account.id, request.body, clientOf(request));
      setSessionCookie(request, reply, signedIn);
      return { account: signedIn.account };
    },
  );

  app.post(
    '/api/me/recovery-codes',
    {
      schema: {
        tags: ['account'],
        summary: 'Make new recovery codes (the old ones stop working)',
        body: ZNewRecoveryCodesSchema,
        response: withErrors({ 200: ZRecoveryCodesSchema }),
      },
      config: { rateLimit: authRateLimit },
    },
    async (request) => {
      const account = await ownAccountOf(request);
      return { recoveryCodes: await renewRecoveryCodes(app.ctx, account.id, request.body) };
    },
  );

  app.get(
    '/api/me/sessions',
    {
      schema: {
        tags: ['account'],
        summary: 'Where this account is signed in',
        response: withErrors({ 200: ZSessionListSchema }),
      },
    },
    async (request) => {
      const account = await ownAccountOf(request);
      return { sessions: await listSessions(app.ctx, account.id, readSessionToken(request)) };
    },
  );

  app.delete(
    '/api/me/sessions/:id',
    {
      schema: {
        tags: ['account'],
        summary: 'Sign out one session',
        params: ZSessionIdParamsSchema,
        response: withErrors({ 204: ZNoContentSchema }),
      },
    },
    async (request, reply) => {
      const account = await ownAccountOf(request);
      await endSessionById(app.ctx, account.id, request.params.id);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/me/sessions',
    {
      schema: {
        tags: ['account'],
        summary: 'Sign out everywhere, this device included',
        response: withErrors({ 204: ZNoContentSchema }),
      },
    },
    async (request, reply) => {
      const account = await ownAccountOf(request);
      await endEverySession(app.ctx, account.id);
      clearSessionCookie(request, reply);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/me',
    {
      schema: {
        tags: ['account'],
        summary: 'Delete the account and all of its data',
        body: ZDeleteAccountSchema,
        response: withErrors({ 204: ZNoContentSchema }),
      },
      config: { rateLimit: authRateLimit },
    },
    async (request, reply) => {
      const account = await ownAccountOf(request);
      await deleteAccount(app.ctx, account.id, request.body);
      clearSessionCookie(request, reply);
      return reply.status(204).send();
    },
  );
}
