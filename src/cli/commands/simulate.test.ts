import { describe, expect, it } from 'vitest';
import { runWithFakeIo } from '../../../test/support/fake-cli-io.js';
import { issueRegimen } from '../../../test/support/issue-regimen.js';
import { simulateCommand } from './simulate.js';

const run = (args: string[], files: Record<string, string> = {}) =>
  runWithFakeIo(simulateCommand, args, files);

describe('ketalog simulate', () => {
  it('prints one point per minute from 0 to untilMin with --json, plus peak, landmarks and band', async () => {
    const { code, stdout, stderr } = await run(['--input', 'r.json', '--json'], {
      'r.json': JSON.stringify(issueRegimen),
    });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout);
    expect(result.timesMin).toHaveLength(361);
    expect(result.plasmaNgPerMl).toHaveLength(361);
    expect(result.timesMin[360]).toBe(360);
    expect(result.peak.ngPerMl).toBeGreaterThan(0);
    expect(result.landmarks.map((band: { id: string }) => band.id)).toEqual([
      'analgesic',
      'dissociative',
      'anaesthetic',
    ]);
    expect(result.band.p5NgPerMl).toHaveLength(361);
    expect(result.band.p95NgPerMl).toHaveLength(361);
  });

  it('prints a readable summary with a chart and what the model cannot know', async () => {
    const { code, stdout } = await run(['--input', 'r.json'], {
      'r.json': JSON.stringify(issueRegimen),
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Highest: about \d+ ng\/mL/);
    expect(stdout).toMatch(/Below the dissociation range \(100–250 ng\/mL\) from about/);
    expect(stdout).toMatch(/never a guide to how much to take/);
    expect(stdout).toMatch(/purity/);
    expect(stdout).toMatch(/tolerance/);
    expect(stdout).toContain('*');
    expect(stdout).toMatch(/Model: herd-racemic, the default for racemic ketamine/);
    expect(stdout).toMatch(
      /How close the model is: In \d+ published study groups the typical curve was within about ±\d+% of what was measured/,
    );
  });

  it('chooses the esketamine model for esketamine spray, and says why', async () => {
    const { code, stdout } = await run(['--input', 'r.json'], {
      'r.json': JSON.stringify({
        ...issueRegimen,
        doses: [{ atMin: 0, mg: 56, route: 'esketamine-nasal' }],
      }),
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Model: perez-ruixo-esketamine, every dose is esketamine nasal spray/);
  });

  it('refuses a missing file, bad JSON and a bad regimen with a message and exit code 2', async () => {
    const missing = await run(['--input', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read the regimen file "nope.json"/);

    const badJson = await run(['--input', 'r.json'], { 'r.json': '{ weightKg: 70' });
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toMatch(/not valid JSON/);

    const badRegimen = await run(['--input', 'r.json'], {
      'r.json': JSON.stringify({ ...issueRegimen, weightKg: 5 }),
    });
    expect(badRegimen.code).toBe(2);
    expect(badRegimen.stderr).toMatch(/weightKg/);

    const mixed = await run(['--input', 'r.json'], {
      'r.json': JSON.stringify({
        ...issueRegimen,
        doses: [...issueRegimen.doses, { atMin: 200, mg: 28, route: 'esketamine-nasal' }],
      }),
    });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/model: These doses mix esketamine nasal spray with racemic/);

    const noInput = await run(['--json']);
    expect(noInput.code).toBe(2);
    expect(noInput.stderr).toMatch(/--input/);
  });
});
