import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';

const testApp = useTestApp();

const check = (substances: unknown) =>
  testApp.app.inject({ method: 'POST', url: '/api/interactions/check', payload: { substances } });

describe('POST /api/interactions/check', () => {
  it('rates every pair of a mix of commonly combined substances, with sources', async () => {
    const response = await check(['ketamine', 'MDMA', 'Nardil', 'tramadol', 'sertraline']);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.substances).toEqual(['ketamine', 'MDMA', 'phenelzine', 'tramadol', 'sertraline']);
    expect(body.pairs).toHaveLength(10);
    expect(body.pairs.filter((pair: { level: string }) => pair.level === 'unknown')).toEqual([]);
    expect(body.pairs.every((pair: { sources: unknown[] }) => pair.sources.length > 0)).toBe(true);
    expect(body.overall).toBe('dangerous');
  });

  it('says a name is too long instead of cutting it, and checks nothing', async () => {
    const response = await check(['ketamine', 'x'.repeat(81)]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/at most 80 characters/);
    expect((await check(['ketamine', 'x'.repeat(80)])).statusCode).toBe(200);
  });

  it('says the list is too long instead of dropping substances', async () => {
    const names = Array.from({ length: 21 }, (_, index) => `substance ${index}`);
    const response = await check(names);
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/at most 20 substances/);
  });
});
