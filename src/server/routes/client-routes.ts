import type { z } from 'zod';
import { withErrors } from '../../domain/api-responses.js';
import { ZClientParamsSchema } from '../../domain/clinic/clinic-api.js';
import { clientSubjectOf, sharedClientSubjectOf } from '../access/request-access.js';
import type { AccessScope, ClinicMembership, Subject } from '../access/gate.js';
import type { App } from '../app-type.js';
import type { ServiceContext } from '../services/context.js';
import { consumeWriteQuota } from '../services/write-quota.js';

/** What the gate let the clinic reach of one client for a route. */
type ClientAccess<Partly extends AccessScope> = {
  clinic: ClinicMembership;
  /** The client in the route's scope. */
  subject: Subject;
  /** The client in each of `partly`'s scopes, or null where they do not share it. */
  partly: Record<Partly, Subject | null>;
};

/**
 * A clinic's route about one client, at `/api/clinic/clients/:clientId{path}`: the gate
 * resolves the client in `scope` (403 for a non-member or a scope not shared, 404 for someone
 * who shares nothing with the clinic), a write counts against the clinician's quota, and the
 * answer comes from a service handed what the gate returned.
 */
type ClientRoute<
  Params extends z.ZodType,
  Query extends z.ZodType | undefined,
  Body extends z.ZodType | undefined,
  Reply extends z.ZodType,
  Partly extends AccessScope,
> = {
  method: 'GET' | 'POST' | 'PUT';
  /** After `/api/clinic/clients/:clientId`. */
  path: string;
  scope: AccessScope;
  /** Areas a part of the answer needs: without them that part is left out, not refused. */
  partly?: readonly Partly[];
  tags: string[];
  summary: string;
  /** The client id alone unless given. */
  params?: Params;
  querystring?: Query;
  body?: Body;
  /** 201 for a POST that makes something; 200 otherwise. */
  status?: 200 | 201;
  response: Reply;
  answer: (
    ctx: ServiceContext,
    access: ClientAccess<Partly>,
    request: {
      params: z.output<Params>;
      query: Query extends z.ZodType ? z.output<Query> : undefined;
      body: Body extends z.ZodType ? z.output<Body> : undefined;
    },
  ) => Promise<z.input<Reply>>;
};

type AnyClientRoute = ClientRoute<
  z.ZodType,
  z.ZodType | undefined,
  z.ZodType | undefined,
  z.ZodType,
  AccessScope
>;

/** Keeps each route's own types while a table holds them all. */
export const clientRoute = <
  Params extends z.ZodType = typeof ZClientParamsSchema,
  Query extends z.ZodType | undefined = undefined,
  Body extends z.ZodType | undefined = undefined,
  Reply extends z.ZodType = z.ZodType,
  Partly extends AccessScope = never,
>(
  route: ClientRoute<Params, Query, Body, Reply, Partly>,
) => route as unknown as AnyClientRoute;

/** The gate's subjects for a route: its scope, then the quota for a write, then `partly`'s. */
async function accessFor(
  app: App,
  request: Parameters<typeof clientSubjectOf>[0],
  route: AnyClientRoute,
): Promise<ClientAccess<AccessScope>> {
  const { clientId } = request.params as { clientId: string };
  const { clinic, subject } = await clientSubjectOf(request, clientId, route.scope);
  if (route.method !== 'GET') await consumeWriteQuota(app.ctx, subject.actorId);
  const partly: Partial<Record<AccessScope, Subject | null>> = {};
  for (const scope of route.partly ?? []) {
    partly[scope] = await sharedClientSubjectOf(request, clientId, scope);
  }
  return { clinic, subject, partly: partly as Record<AccessScope, Subject | null> };
}

export function registerClientRoutes(app: App, routes: readonly AnyClientRoute[]) {
  for (const route of routes) {
    const status = route.status ?? 200;
    app.route({
      method: route.method,
      url: `/api/clinic/clients/:clientId${route.path}`,
      schema: {
        tags: route.tags,
        summary: route.summary,
        params: route.params ?? ZClientParamsSchema,
        ...(route.querystring ? { querystring: route.querystring } : {}),
        ...(route.body ? { body: route.body } : {}),
        response: withErrors({ [status]: route.response }),
      },
      handler: async (request, reply) => {
        const access = await accessFor(app, request, route);
        const answer = await route.answer(app.ctx, access, {
          params: request.params,
          query: request.query,
          body: request.body,
        });
        return reply.status(status).send(answer);
      },
    });
  }
}
