import { describe, expect, it } from 'vitest';
import {
  checkPreDoseBloodPressure,
  defaultBloodPressureGate,
  isRemsOverdue,
  remsDueDate,
  sessionProblems,
  sessionRoute,
  sessionRuleSources,
} from './session-rules.js';
import { ZTreatmentSessionInputSchema, type TreatmentSessionInput } from './treatment-api.js';

const session = (change: Partial<TreatmentSessionInput> = {}): TreatmentSessionInput =>
  ZTreatmentSessionInputSchema.parse({
    startedAt: '2026-11-30T10:00:00+00:00',
    product: 'esketamine-nasal',
    doseMg: 56,
    devices: 2,
    lotNumber: 'LOT123',
    concomitant: {
      benzodiazepine: false,
      nonBenzodiazepineHypnotic: false,
      psychostimulant: false,
      maoi: false,
      opioid: false,
    },
    vitals: {
      preDose: { systolicMmHg: 128, diastolicMmHg: 82 },
      at40Min: { systolicMmHg: 146, diastolicMmHg: 88 },
      beforeDischarge: { systolicMmHg: 130, diastolicMmHg: 80, spo2Percent: 98 },
    },
    sedation: true,
    dissociation: true,
    respiratoryDepression: false,
    monitoredMinutes: 120,
    dischargeCriteriaMet: true,
    status: 'completed',
    ...change,
  });

describe('the pre-dose blood pressure gate (defaults 140/90 and 180/110)', () => {
  const gate = (systolicMmHg: number, diastolicMmHg: number) =>
    checkPreDoseBloodPressure({ systolicMmHg, diastolicMmHg }, defaultBloodPressureGate);

  it('advises deferring above 140/90, as the label suggests', () => {
    expect(gate(140, 90).level).toBe('ok');
    expect(gate(141, 80).level).toBe('defer');
    expect(gate(130, 91).level).toBe('defer');
    expect(gate(141, 80).source).toBe(sessionRuleSources.deferAbove);
  });

  it('is urgent from 180/110', () => {
    expect(gate(179, 109).level).toBe('defer');
    expect(gate(180, 80).level).toBe('urgent');
    expect(gate(120, 110)).toMatchObject({
      level: 'urgent',
      source: sessionRuleSources.urgentFrom,
    });
  });

  it('follows a clinic’s own thresholds', () => {
    const strict = {
      deferAbove: { systolicMmHg: 150, diastolicMmHg: 95 },
      urgentFrom: { systolicMmHg: 170, diastolicMmHg: 105 },
    };
    expect(checkPreDoseBloodPressure({ systolicMmHg: 145, diastolicMmHg: 90 }, strict).level).toBe(
      'ok',
    );
    expect(checkPreDoseBloodPressure({ systolicMmHg: 172, diastolicMmHg: 90 }, strict).level).toBe(
      'urgent',
    );
  });
});

describe('completing a session', () => {
  const paths = (input: TreatmentSessionInput) =>
    sessionProblems(input).map((problem) => problem.path);

  it('passes a full esketamine record', () => {
    expect(sessionProblems(session())).toEqual([]);
  });

  it('needs the 40-minute reading (source: label and REMS form)', () => {
    const input = session();
    delete input.vitals.at40Min;
    expect(paths(input)).toEqual(['body.vitals.at40Min']);
    expect(paths({ ...input, status: 'draft' })).toEqual([]);
  });

  it('needs 120 minutes of monitoring for esketamine only (REMS)', () => {
    expect(paths(session({ monitoredMinutes: 119 }))).toEqual(['body.monitoredMinutes']);
    expect(
      paths(
        session({ product: 'ketamine-iv', devices: undefined, doseMg: 35, monitoredMinutes: 60 }),
      ),
    ).toEqual([]);
  });

  it('asks details of a serious adverse event and reminds to report it', () => {
    const input = session({ adverseEvents: [{ description: 'Syncope', serious: true }] });
    expect(paths(input)).toEqual(['body.adverseEvents.0.details']);
  });

  it('checks the dose against the devices used (28 mg each)', () => {
    expect(paths(session({ devices: 3 }))).toEqual(['body.doseMg']);
  });

  it('makes a pre-filled record re-confirm lot, vitals and yes/no items', () => {
    const prefilled = session({ prefilledFrom: '00000000-0000-4000-8000-000000000000' });
    expect(paths(prefilled)).toEqual(['body.reconfirmed']);
    expect(
      paths({ ...prefilled, reconfirmed: { lotNumber: true, vitals: true, yesNoItems: true } }),
    ).toEqual([]);
  });

  it('logs the dose under the product’s route', () => {
    expect(sessionRoute(session({ product: 'ketamine-troche', devices: undefined }))).toBe(
      'sublingual',
    );
    expect(sessionRoute(session())).toBe('esketamine-nasal');
  });
});

describe('the REMS form', () => {
  it('is due 7 calendar days after a completed esketamine session, and overdue after that day', () => {
    expect(remsDueDate(session(), '2026-11-30')).toBe('2026-12-07');
    expect(remsDueDate(session({ status: 'draft' }), '2026-11-30')).toBeNull();
    expect(
      remsDueDate(session({ product: 'ketamine-iv', devices: undefined }), '2026-11-30'),
    ).toBeNull();
    expect(isRemsOverdue('2026-12-07', false, '2026-12-07')).toBe(false);
    expect(isRemsOverdue('2026-12-07', false, '2026-12-08')).toBe(true);
    expect(isRemsOverdue('2026-12-07', true, '2026-12-08')).toBe(false);
  });
});
