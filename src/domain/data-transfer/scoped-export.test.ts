import { describe, expect, it } from 'vitest';
import type { RiskResult } from '../risk/index.js';
import type { PersonDataExport } from './person-data.js';
import { sharedPartsOf, snapshotOf } from './scoped-export.js';

/** A file with one of everything; entries are stand-ins, the filter never looks inside them. */
const file = {
  format: 'ketalog-export',
  schemaVersion: 1,
  version: '1.2.3',
  exportedAt: '2026-11-30T10:00:00.000Z',
  account: {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'sam@example.org',
    role: 'person',
    profile: { displayName: 'Sam', country: 'GB', timeZone: 'Europe/London', weightKg: 64 },
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  doses: [{ id: 'dose-entry' }],
  checkIns: [{ date: '2026-11-29' }],
  questionnaireResponses: [{ id: 'phq-9 result' }],
  recoveryPlan: { goal: 'stop' },
  cravings: [{ id: 'craving' }],
  sharingGrants: [{ id: 'grant-entry' }],
  treatmentSessions: [{ id: 'session-entry' }],
} as unknown as PersonDataExport;

const risk = { flags: [], summary: { useDaysLast7: 2 } } as unknown as RiskResult;

describe('sharing only the chosen scopes of a Ketalog file', () => {
  it('keeps the parts each scope covers and empties the rest', () => {
    expect(sharedPartsOf(file, ['log'])).toEqual({
      doses: file.doses,
      checkIns: [],
      questionnaireResponses: [],
      recoveryPlan: null,
      cravings: [],
    });
    expect(sharedPartsOf(file, ['check-ins', 'plan'])).toEqual({
      doses: [],
      checkIns: file.checkIns,
      questionnaireResponses: [],
      recoveryPlan: file.recoveryPlan,
      cravings: file.cravings,
    });
    // Scopes that name no part of the file (risk, levels, summary) share none of its entries.
    expect(sharedPartsOf(file, ['risk', 'levels', 'summary'])).toEqual(sharedPartsOf(file, []));
  });

  it('makes a snapshot with no email, weight, grants or clinics’ sessions, and the warnings only when risk is chosen', () => {
    const snapshot = snapshotOf(file, ['self-checks', 'risk'], risk);
    expect(snapshot).toMatchObject({
      format: 'ketalog-sealed-snapshot',
      exportedAt: file.exportedAt,
      scopes: ['self-checks', 'risk'],
      person: { displayName: 'Sam', timeZone: 'Europe/London' },
      doses: [],
      questionnaireResponses: file.questionnaireResponses,
      risk,
    });
    const text = JSON.stringify(snapshot);
    for (const absent of ['sam@example.org', '64', 'grant-entry', 'session-entry', 'dose-entry']) {
      expect(text).not.toContain(absent);
    }
    expect(snapshotOf(file, ['log'], risk).risk).toBeNull();
  });
});
