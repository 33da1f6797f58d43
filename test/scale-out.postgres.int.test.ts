import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../src/db/create-db.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';
import { freshDatabaseTarget, strongPassword } from './support/test-app.js';

let servers: ServerProcess[] = [];
beforeAll(async () => {
  const target = (await freshDatabaseTarget()) as Extract<DatabaseTarget, { kind: 'postgres' }>;
  servers = await Promise.all([1, 2].map(() => startServerProcess({ DATABASE_URL: target.url })));
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
});

describe('two server processes on one PostgreSQL', () => {
  it('accept each other’s sessions, and a sign-out on one ends it on both', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    for (const server of servers) {
      expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({
        database: 'postgres',
      });
    }
    const signUp = await fetch(`${a.url}/api/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'scale@example.org', password: strongPassword }),
    });
    expect(signUp.status).toBe(201);
    const cookie = signUp.headers.get('set-cookie')!.split(';')[0]!;
    const onB = await fetch(`${b.url}/api/me`, { headers: { cookie } });
    expect(onB.status).toBe(200);
    expect((await onB.json()).account.email).toBe('scale@example.org');
    expect(
      (await fetch(`${b.url}/api/auth/sign-out`, { method: 'POST', headers: { cookie } })).status,
    ).toBe(204);
    expect((await fetch(`${a.url}/api/me`, { headers: { cookie } })).status).toBe(401);
  });
});
