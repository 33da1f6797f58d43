import { describe, expect, it } from 'vitest';
import { runWithFakeIo } from '../../../test/support/fake-cli-io.js';
import { interactionsCommand } from './interactions.js';

const run = (args: string[]) => runWithFakeIo(interactionsCommand, args);

describe('ketalog interactions', () => {
  it('prints a table of pairs with their level and what to do', async () => {
    const { code, stdout, stderr } = await run(['special k', 'beer', 'cannabis']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe('Overall: DANGEROUS');
    expect(stdout).toMatch(/COMBINATION\s+LEVEL\s+WHAT TO DO/);
    expect(stdout).toMatch(/ketamine \+ alcohol\s+DANGEROUS\s+Avoid drinking/);
    expect(stdout).toMatch(/ketamine \+ cannabis\s+low risk \(effects add up\)/);
    expect(stdout).toMatch(/alcohol \+ cannabis/);
  });

  it('lists unknown names as unknown, not known to be safe', async () => {
    const { code, stdout } = await run(['ketamine', 'zorblax']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Overall: unknown — not known to be safe');
    expect(stdout).toMatch(/"zorblax" is not in our data: unknown — not known to be safe/);
  });

  it('says when depressants stack', async () => {
    const { stdout } = await run(['ketamine', 'xanax', 'pregabalin']);
    expect(stdout).toMatch(/Note: .*depressants stack/);
  });

  it('prints the full check as JSON with --json', async () => {
    const { code, stdout } = await run(['--json', 'K', 'fentanyl']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { overall: string; pairs: { a: string; b: string }[] };
    expect(result.overall).toBe('dangerous');
    expect(result.pairs[0]).toMatchObject({ a: 'ketamine', b: 'fentanyl' });
  });

  it.each([[[]], [['--json']], [['  ']], [['--nope', 'k']]])(
    'refuses %j on stderr with exit code 2',
    async (args) => {
      const { code, stdout, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).not.toBe('');
    },
  );
});
