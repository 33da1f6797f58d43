import { describe, expect, it } from 'vitest';
import {
  checkPreparation,
  defaultPreparationRules,
  preparationSource,
  type LoggedSubstance,
} from './preparation-check.js';

const sessionAt = new Date('2026-03-10T10:00:00Z');
const hoursBefore = (hours: number) => new Date(sessionAt.getTime() - hours * 3_600_000);
const check = (logged: LoggedSubstance[], now = hoursBefore(2), rules = defaultPreparationRules) =>
  checkPreparation({ sessionAt, now, rules, logged });

describe('the preparation check before a session (clinic consent forms: 24 hours)', () => {
  it('by default names alcohol, benzodiazepines, cannabis and opioids for 24 hours, with its source', () => {
    expect(defaultPreparationRules.map((rule) => [rule.substanceClass, rule.hours])).toEqual([
      ['alcohol', 24],
      ['benzodiazepines', 24],
      ['cannabis', 24],
      ['opioids', 24],
    ]);
    expect(check([]).source).toBe(preparationSource);
    expect(preparationSource).toMatch(/24 hours/);
  });

  it('finds a substance logged within its hours before the session, by any name the combination data knows', () => {
    const result = check([
      { takenAt: hoursBefore(20), substance: 'Xanax' },
      { takenAt: hoursBefore(6), substance: 'beer' },
      { takenAt: hoursBefore(30), substance: 'weed' },
    ]);
    expect(result.status).toBe('found');
    expect(result.findings.map((finding) => [finding.substanceClass, finding.substance])).toEqual([
      ['benzodiazepines', 'Xanax'],
      ['alcohol', 'beer'],
    ]);
  });

  it('is clear when nothing the rules name was logged in the window, and ignores substances no rule names', () => {
    const result = check([
      { takenAt: hoursBefore(25), substance: 'alcohol' },
      { takenAt: hoursBefore(3), substance: 'caffeine' },
    ]);
    expect(result).toMatchObject({ status: 'clear', findings: [], unrecognised: [] });
  });

  it('is upcoming before the longest window opens, and counts nothing logged after the session', () => {
    expect(check([], hoursBefore(30)).status).toBe('upcoming');
    expect(check([], hoursBefore(30)).checksFrom).toBe(hoursBefore(24).toISOString());
    const after = new Date(sessionAt.getTime() + 3_600_000);
    expect(check([{ takenAt: after, substance: 'alcohol' }], after).status).toBe('clear');
  });

  it('follows the clinic’s own rules: another substance, another length', () => {
    const rules = [
      { substanceClass: 'alcohol', hours: 48 },
      { substanceClass: 'lamotrigine', hours: 24 },
    ];
    const result = check(
      [
        { takenAt: hoursBefore(40), substance: 'wine' },
        { takenAt: hoursBefore(10), substance: 'lamotrigine' },
        { takenAt: hoursBefore(10), substance: 'diazepam' },
      ],
      hoursBefore(1),
      rules,
    );
    expect(result.findings.map((finding) => finding.substanceClass)).toEqual([
      'alcohol',
      'lamotrigine',
    ]);
  });

  it('lists names it does not recognise in the window, so the person and clinic can look', () => {
    expect(check([{ takenAt: hoursBefore(5), substance: 'mystery pill' }]).unrecognised).toEqual([
      'mystery pill',
    ]);
  });
});
