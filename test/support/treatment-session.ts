import type { z } from 'zod';
import type { ZTreatmentSessionInputSchema } from '../../src/domain/treatment/treatment-api.js';

/** A complete esketamine session record as a clinician enters it. */
export const esketamineSession = (
  startedAt = new Date(Date.now() - 3 * 3_600_000).toISOString(),
): z.input<typeof ZTreatmentSessionInputSchema> => ({
  startedAt,
  product: 'esketamine-nasal',
  doseMg: 56,
  devices: 2,
  lotNumber: 'LOT-4471',
  concomitant: {
    benzodiazepine: false,
    nonBenzodiazepineHypnotic: false,
    psychostimulant: false,
    maoi: false,
    opioid: false,
  },
  vitals: {
    preDose: { systolicMmHg: 146, diastolicMmHg: 84, heartRateBpm: 72 },
    at40Min: { systolicMmHg: 152, diastolicMmHg: 88, heartRateBpm: 76, spo2Percent: 97 },
    beforeDischarge: { systolicMmHg: 132, diastolicMmHg: 80, spo2Percent: 98 },
  },
  moaas: [{ atMin: 30, score: 4 }],
  sedation: true,
  dissociation: true,
  dissociationTotal: 12,
  respiratoryDepression: false,
  adverseEvents: [{ description: 'Nausea', serious: false }],
  monitoredMinutes: 125,
  readyToLeaveMinutes: 90,
  dischargeCriteriaMet: true,
  status: 'completed',
});
