import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../src/server/app-type.js';
import { httpClient } from '../src/web/api/http-client.js';
import type { KetalogClient } from '../src/web/api/ketalog-client.js';
import { createClinic } from '../src/server/services/clinics.js';
import { failureOf, walkThroughEveryMethodOf, type Device } from './support/client-walkthrough.js';
import { uniqueEmail, useTestApp } from './support/test-app.js';

const testApp = useTestApp();

/** The device whose cookies the next request carries (see `onDevice`). */
let currentDevice: Device = 'person';
const jars = new Map<Device, Map<string, string>>();

/**
 * The browser's fetch, answered by the real app through inject(): same-origin requests with
 * the current device's cookie jar, so the web client runs here as it runs in the page.
 */
function fetchThrough(app: App): typeof fetch {
  return async (input, init = {}) => {
    const jar = jars.get(currentDevice) ?? new Map<string, string>();
    jars.set(currentDevice, jar);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await app.inject({
      method: (init.method ?? 'GET') as 'GET',
      url,
      headers: { ...headers, 'sec-fetch-site': 'same-origin', ...(cookie ? { cookie } : {}) },
      ...(typeof init.body === 'string' ? { payload: init.body } : {}),
    });
    for (const set of response.cookies) {
      if (set.maxAge === 0 || set.value === '') jar.delete(set.name);
      else jar.set(set.name, set.value);
    }
    const answerHeaders = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined && name !== 'set-cookie') answerHeaders.set(name, String(value));
    }
    const empty = response.statusCode === 204 || response.rawPayload.length === 0;
    return new Response(empty ? null : new Uint8Array(response.rawPayload), {
      status: response.statusCode,
      headers: answerHeaders,
    });
  };
}

/** The one HTTP client, its requests sent with `device`'s cookies (fetch is called at once). */
const onDevice = (device: Device): KetalogClient =>
  new Proxy(httpClient, {
    get:
      (target, name: keyof KetalogClient) =>
      (...args: unknown[]) => {
        currentDevice = device;
        return (target[name] as (...args: unknown[]) => unknown)(...args);
      },
  });

describe('the web app’s HTTP client', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchThrough(testApp.app));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reaches a real route, with the right answer, for every operation of the interface', async () => {
    const { joinCode } = await createClinic(testApp.app.ctx, 'Riverside Clinic');
    await walkThroughEveryMethodOf(onDevice, joinCode);
  });

  it('turns a refusal into an ApiError with the code and the field at fault', async () => {
    const error = await failureOf(
      httpClient.signUp({ email: uniqueEmail('short'), password: 'short' }),
    );
    expect(error.status).toBe(400);
    expect(error.details.map((detail) => detail.path)).toContain('password');
  });
});
