import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as unknown;

describe('the Node.js versions Ketalog supports', () => {
  const { engines } = read('package.json') as { engines: { node: string } };
  const lock = read('package-lock.json') as {
    packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
  };

  it('are declared as 20.19 and later, and include 22 and 24', () => {
    for (const version of ['20.19.0', '22.0.0', '24.0.0']) {
      expect(semver.satisfies(version, engines.node), version).toBe(true);
    }
  });

  it('are supported by every installed package, by its own engines field', () => {
    const refusing = Object.entries(lock.packages)
      .map(([name, entry]) => ({
        name,
        version: entry.version,
        node: Array.isArray(entry.engines) ? undefined : entry.engines?.node,
      }))
      .filter(({ node }) => node !== undefined && !semver.satisfies('20.19.0', node));
    expect(refusing).toEqual([]);
  });
});
