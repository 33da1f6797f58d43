import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('account and proxy settings', () => {
  it('trusts a number of proxy hops or listed addresses, never every hop', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ KETALOG_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ KETALOG_TRUST_PROXY: '10.0.0.0/8, 192.168.1.1, ::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.1',
      '::1',
    ]);
    for (const bad of ['true', 'yes', '10.0.0.0/33', '300.1.1.1', 'proxy.example.org', '11']) {
      expect(() => loadConfig({ KETALOG_TRUST_PROXY: bad }), bad).toThrow(/KETALOG_TRUST_PROXY/);
    }
  });

  it('takes the public URL as an origin only, and needs it for reset emails', () => {
    expect(
      loadConfig({ KETALOG_PUBLIC_URL: 'https://ketalog.example.org' }).publicUrl?.origin,
    ).toBe('https://ketalog.example.org');
    expect(() => loadConfig({ KETALOG_PUBLIC_URL: 'https://ketalog.example.org/app' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ KETALOG_PUBLIC_URL: 'ftp://ketalog.example.org' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ KETALOG_SMTP_URL: 'smtp://localhost:2525' })).toThrow(
      /KETALOG_PUBLIC_URL/,
    );
  });

  it('defaults sessions to 30 idle minutes and 12 hours at most (ASVS 3.3.2, level 2)', () => {
    expect(loadConfig({}).sessions).toEqual({ idleMinutes: 30, maxHours: 12, perPerson: 10 });
    expect(loadConfig({}).accountFailureLimit).toBeLessThanOrEqual(100);
    expect(() => loadConfig({ KETALOG_ACCOUNT_FAILURE_LIMIT: '101' })).toThrow(ConfigError);
  });

  it('refuses the old session setting instead of ignoring it', () => {
    expect(() => loadConfig({ KETALOG_SESSION_DAYS: '30' })).toThrow(
      /KETALOG_SESSION_DAYS: no longer used: set KETALOG_SESSION_IDLE_MINUTES/,
    );
  });
});
