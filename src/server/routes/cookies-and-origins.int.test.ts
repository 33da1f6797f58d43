import { describe, expect, it } from 'vitest';
import { strongPassword, uniqueEmail, useTestApp } from '../../../test/support/test-app.js';

const publicUrl = new URL('https://ketalog.example.org');
const testApp = useTestApp({ publicUrl, trustProxy: 1 });

const signUp = (headers: Record<string, string>) =>
  testApp.app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: { email: uniqueEmail(), password: strongPassword },
    headers: { host: 'ketalog.example.org', ...headers },
  });

describe('cookies with an https public URL', () => {
  it('are __Host- prefixed and Secure even when the proxy says plain http', async () => {
    for (const proto of ['http', 'https']) {
      const response = await signUp({
        origin: 'https://ketalog.example.org',
        'x-forwarded-proto': proto,
      });
      expect(response.statusCode).toBe(201);
      const names = response.cookies.map((c) => c.name).sort();
      expect(names).toEqual(['__Host-ketalog_device', '__Host-ketalog_session']);
      for (const cookie of response.cookies) {
        expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: '/' });
        expect(cookie.domain).toBeUndefined();
      }
      expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
    }
  });

  it('sign the person in through the prefixed cookie', async () => {
    const response = await signUp({ origin: 'https://ketalog.example.org' });
    const session = response.cookies.find((c) => c.name === '__Host-ketalog_session')!;
    const me = await testApp.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { host: 'ketalog.example.org', cookie: `__Host-ketalog_session=${session.value}` },
    });
    expect(me.statusCode).toBe(200);
  });
});

describe('the Host header', () => {
  it('must name the public host; another name is refused (DNS rebinding)', async () => {
    for (const host of ['attacker.example', '127.0.0.1:3000', 'ketalog.example.org.evil.test']) {
      const response = await testApp.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { host },
      });
      expect(response.statusCode, host).toBe(421);
      expect(response.json().error.code).toBe('host_refused');
    }
    const withPort = await testApp.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { host: 'ketalog.example.org:443' },
    });
    expect(withPort.statusCode).toBe(401);
  });

  it('is not checked for the health probe of a load balancer', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { host: '10.0.0.7:3000' },
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('state-changing requests', () => {
  it('pass with this Origin or with Sec-Fetch-Site: same-origin', async () => {
    expect((await signUp({ origin: 'https://ketalog.example.org' })).statusCode).toBe(201);
    expect((await signUp({ 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
  });

  it('are refused with another Origin, a cross-site fetch, or a foreign Referer alone', async () => {
    const foreign: Array<Record<string, string>> = [
      { origin: 'https://evil.example' },
      { origin: 'http://ketalog.example.org' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { referer: 'https://evil.example/page' },
      { origin: 'https://ketalog.example.org', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of foreign) {
      const response = await signUp(headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json().error.code).toBe('origin_refused');
    }
  });
});
