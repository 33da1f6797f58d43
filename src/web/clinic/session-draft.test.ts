import { describe, expect, it } from 'vitest';
import { defaultBloodPressureGate } from '../../domain/treatment/session-rules.js';
import {
  ZTreatmentSessionInputSchema,
  type TreatmentSession,
} from '../../domain/treatment/treatment-api.js';
import {
  draftFromPrevious,
  emptyDraft,
  recordOfDraft,
  sessionChecks,
  type SessionDraft,
} from './session-draft.js';

const reading = (systolic: number, diastolic: number) => ({
  systolicMmHg: String(systolic),
  diastolicMmHg: String(diastolic),
  heartRateBpm: '72',
  spo2Percent: '98',
});

/** A session form filled in as a clinician would, for esketamine (2 devices). */
function filled(change: Partial<SessionDraft> = {}): SessionDraft {
  const draft = emptyDraft(new Date('2026-11-30T09:00:00Z'));
  return {
    ...draft,
    lotNumber: 'LOT-1',
    concomitant: Object.fromEntries(
      Object.keys(draft.concomitant).map((name) => [name, false]),
    ) as SessionDraft['concomitant'],
    vitals: {
      preDose: reading(130, 80),
      at40Min: reading(150, 88),
      beforeDischarge: reading(128, 80),
    },
    moaas: [{ atMin: '30', score: '4' }],
    sedation: true,
    dissociation: false,
    respiratoryDepression: false,
    monitoredMinutes: '125',
    readyToLeaveMinutes: '90',
    dischargeCriteriaMet: true,
    ...change,
  };
}
const checkOf = (draft: SessionDraft, rule: string, gate = defaultBloodPressureGate) =>
  sessionChecks(draft, gate).checks.find((check) => check.rule === rule);

describe('the session form', () => {
  it('makes a record the API accepts from a filled-in form, with the dose from the devices', () => {
    const { record, missing } = recordOfDraft(filled(), 'completed');
    expect(missing).toEqual([]);
    expect(ZTreatmentSessionInputSchema.parse(record)).toMatchObject({
      product: 'esketamine-nasal',
      doseMg: 56,
      devices: 2,
      vitals: { preDose: { systolicMmHg: 130, heartRateBpm: 72 } },
    });
    const { checks, toSave, toComplete } = sessionChecks(filled(), defaultBloodPressureGate);
    expect([toSave, toComplete]).toEqual([[], []]);
    expect(checks.map((check) => [check.rule, check.state])).toEqual([
      ['bloodPressure', 'ok'],
      ['at40Min', 'met'],
      ['monitored', 'met'],
      ['devices', 'info'],
      ['remsDue', 'info'],
    ]);
  });

  it('says what an empty form still needs, and leaves unanswered yes/no questions unanswered', () => {
    const { missing, checks } = sessionChecks(emptyDraft(), defaultBloodPressureGate);
    expect(missing).toEqual(['preDose', 'yesNo', 'monitoredMinutes']);
    expect(checks[0]).toMatchObject({ rule: 'bloodPressure', state: 'pending' });
  });

  it('checks the pre-dose blood pressure against the clinic’s own gate, with its source', () => {
    const at = (systolic: number, diastolic: number) =>
      filled({ vitals: { ...filled().vitals, preDose: reading(systolic, diastolic) } });
    expect(checkOf(at(150, 85), 'bloodPressure')).toMatchObject({
      state: 'defer',
      source: expect.stringContaining('140/90'),
    });
    expect(checkOf(at(185, 100), 'bloodPressure')?.state).toBe('urgent');
    const lenient = {
      ...defaultBloodPressureGate,
      deferAbove: { systolicMmHg: 160, diastolicMmHg: 95 },
    };
    expect(checkOf(at(150, 85), 'bloodPressure', lenient)?.state).toBe('ok');
  });

  it('lets an esketamine session be saved but not completed with under 120 minutes monitored', () => {
    const short = filled({ monitoredMinutes: '100' });
    expect(sessionChecks(short, defaultBloodPressureGate)).toMatchObject({
      toSave: [],
      toComplete: ['monitored'],
    });
    expect(checkOf(short, 'monitored')?.state).toBe('notMet');
    // Ketamine IV has no such minimum.
    const iv = filled({ product: 'ketamine-iv', doseMg: '35', monitoredMinutes: '60' });
    expect(sessionChecks(iv, defaultBloodPressureGate).toComplete).toEqual([]);
    expect(checkOf(iv, 'monitored')).toBeUndefined();
  });

  it('needs the 40-minute reading to complete, and a half-typed reading to be finished first', () => {
    const without = filled({
      vitals: {
        ...filled().vitals,
        at40Min: { ...reading(0, 0), systolicMmHg: '', diastolicMmHg: '' },
      },
    });
    expect(sessionChecks(without, defaultBloodPressureGate).missing).toEqual(['readings']);
    const cleared = filled({
      vitals: {
        ...filled().vitals,
        at40Min: { systolicMmHg: '', diastolicMmHg: '', heartRateBpm: '', spo2Percent: '' },
      },
    });
    expect(sessionChecks(cleared, defaultBloodPressureGate).toComplete).toEqual(['at40Min']);
    expect(checkOf(cleared, 'at40Min')?.state).toBe('notMet');
  });

  it('asks for details of a serious adverse event and reminds to report it', () => {
    const serious = filled({
      adverseEvents: [{ description: 'Fainted', serious: true, details: '' }],
    });
    expect(sessionChecks(serious, defaultBloodPressureGate).toSave).toEqual(['seriousDetails']);
    expect(checkOf(serious, 'serious')?.source).toMatch(/serious adverse events are reported/);
    const described = filled({
      adverseEvents: [{ description: 'Fainted', serious: true, details: 'Recovered in 2 min' }],
    });
    expect(sessionChecks(described, defaultBloodPressureGate).toSave).toEqual([]);
  });

  it('pre-fills a new session from the previous one and cannot save it until it is re-confirmed', () => {
    const { record } = recordOfDraft(filled(), 'completed');
    const previous = { id: '00000000-0000-4000-8000-000000000001', record } as TreatmentSession;
    const next = draftFromPrevious(previous, new Date('2026-12-03T09:00:00Z'));
    expect(next).toMatchObject({
      lotNumber: 'LOT-1',
      prefilledFrom: previous.id,
      adverseEvents: [],
    });
    expect(next.vitals.preDose.systolicMmHg).toBe('130');
    expect(sessionChecks(next, defaultBloodPressureGate).toSave).toEqual(['reconfirm']);
    const partly = { ...next, reconfirmed: { lotNumber: true, vitals: true, yesNoItems: false } };
    expect(sessionChecks(partly, defaultBloodPressureGate).toSave).toEqual(['reconfirm']);
    const confirmed = { ...next, reconfirmed: { lotNumber: true, vitals: true, yesNoItems: true } };
    expect(sessionChecks(confirmed, defaultBloodPressureGate).toSave).toEqual([]);
    expect(recordOfDraft(confirmed, 'completed').record).toMatchObject({
      prefilledFrom: previous.id,
      reconfirmed: { lotNumber: true, vitals: true, yesNoItems: true },
    });
  });
});
