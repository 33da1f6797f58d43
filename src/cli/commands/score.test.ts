import { describe, expect, it } from 'vitest';
import { runWithFakeIo } from '../../../test/support/fake-cli-io.js';
import { scoreCommand } from './score.js';

const run = (args: string[]) => runWithFakeIo(scoreCommand, args);

describe('ketalog score', () => {
  it('prints the score, band, meaning, next step and that it is not a diagnosis', async () => {
    const { code, stdout, stderr } = await run(['gad-7', '--answers', '2,2,2,2,1,1,0']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^GAD-7: 10 out of 21 — moderate/);
    expect(stdout).toMatch(/What it means: /);
    expect(stdout).toMatch(/Next step: /);
    expect(stdout).toMatch(/not a diagnosis/);
  });

  it('puts an urgent flag first, with the emergency number line', async () => {
    const { code, stdout } = await run(['phq-9', '--answers', '0,0,0,0,0,0,0,0,1']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^URGENT: /);
    expect(lines[1]).toBe('If you are in danger now, call your local emergency number.');
    expect(stdout).toMatch(/PHQ-9: 1 out of 27 — minimal/);
  });

  it('prints a flag that is not urgent after the score, with its severity', async () => {
    const { stdout } = await run(['audit-c', '--answers', '1,0,0']);
    expect(stdout).toMatch(/\nADVICE: Alcohol and ketamine together can make you vomit/);
  });

  it('gives a specific next step, never "nothing needs to change", after item 9 above 0', async () => {
    const { stdout } = await run(['phq-9', '--answers', '0,0,0,0,0,0,0,0,1']);
    expect(stdout).toMatch(/Next step: Talk to someone today: call or text a crisis line/);
    expect(stdout).not.toMatch(/Nothing needs to change/i);
  });

  it('prints machine-readable JSON with --json', async () => {
    const { code, stdout } = await run([
      'audit-c',
      '--answers',
      '1, 1, 1',
      '--sex',
      'female',
      '--json',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      score: number;
      bandId: string;
      nextStepId: string;
      flags: unknown[];
    };
    expect(result.score).toBe(3);
    expect(result.bandId).toBe('positive-women');
    expect(result.nextStepId).toBe('positive');
    expect(result.flags).toEqual([{ code: 'alcohol-with-ketamine', severity: 'advice' }]);
  });

  it.each([
    [['nope', '--answers', '1'], /Unknown questionnaire "nope"/],
    [['--answers', '1'], /exactly one questionnaire id/],
    [['gad-7'], /--answers 0,0,0,0,0,0,0/],
    [['gad-7', '--answers', '1,2'], /7 questions, but 2 answers/],
    [['gad-7', '--answers', '1,2,3,4,0,0,0'], /question 4 must be one of 0, 1, 2, 3; got 4/],
    [['gad-7', '--answers', '1,x,0,0,0,0,0'], /question 2 .* got "x"/],
    [['gad-7', '--answers', '1,1.5,0,0,0,0,0'], /question 2 .* got 1.5/],
    [['audit-c', '--answers', '1,1,1', '--sex', 'robot'], /male" or "female/],
    [['gad-7', '--answers', '0,0,0,0,0,0,0', '--frobnicate'], /Unknown option/],
  ])('refuses %j on stderr with exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
