import {
  ZAccountResponseSchema,
  ZChangePasswordSchema,
  ZCredentialsSchema,
  ZDeleteAccountSchema,
  ZProfileUpdateSchema,
} from '../../domain/accounts/account-api.js';
import {
  clearSessionCookie,
  readSessionToken,
  requireAccount,
  setSessionCookie,
} from '../auth/session-cookie.js';
import {
  changePassword,
  deleteAccount,
  signIn,
  signOut,
  signUp,
  updateProfile,
} from '../services/accounts.js';
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
        summary: 'Create an account',
        body: ZCredentialsSchema,
        response: { 201: ZAccountResponseSchema },
      },
      config: { rateLimit: authRateLimit },
    },
    async (request, reply) => {
      const signedIn = await signUp(app.ctx, request.body);
      setSessionCookie(request, reply, signedIn);
      return reply.status(201).send({ account: signedIn.account });
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags: ['account'],
        summary: 'Sign in',
        body: ZCredentialsSchema,
        response: { 200: ZAccountResponseSchema },
      },
      config: { rateLimit: authRateLimit },
    },
    async (request, reply) => {
      const signedIn = await signIn(app.ctx, request.body);
      setSessionCookie(request, reply, signedIn);
      return { account: signedIn.account };
    },
  );

  app.post(
    '/api/auth/sign-out',
    { schema: { tags: ['account'], summary: 'Sign out (ends this session)' } },
    async (request, reply) => {
      const token = readSessionToken(request);
      if (token) await signOut(app.ctx, token);
      clearSessionCookie(request, reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/me',
    {
      schema: {
        tags: ['account'],
        summary: 'The signed-in account',
        response: { 200: ZAccountResponseSchema },
      },
    },
    async (request) => ({ account: await requireAccount(request) }),
  );

  app.patch(
    '/api/me',
    {
      schema: {
        tags: ['account'],
        summary: 'Change profile (display name, country, time zone)',
        body: ZProfileUpdateSchema,
        response: { 200: ZAccountResponseSchema },
      },
    },
    async (request) => {
      const account = await requireAccount(request);
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
        response: { 200: ZAccountResponseSchema },
      },
      config: { rateLimit: authRateLimit },
    },
    async (request, reply) => {
      const account = await requireAccount(request);
      const signedIn = await changePassword(app.ctx, account.id, request.body);
      setSessionCookie(request, reply, signedIn);
      return { account: signedIn.account };
    },
  );

  app.delete(
    '/api/me',
    {
      schema: {
        tags: ['account'],
        summary: 'Delete the account and all of its data',
        body: ZDeleteAccountSchema,
      },
      config: { rateLimit: authRateLimit },
    },
    async (request, reply) => {
      const account = await requireAccount(request);
      await deleteAccount(app.ctx, account.id, request.body);
      clearSessionCookie(request, reply);
      return reply.status(204).send();
    },
  );
}
