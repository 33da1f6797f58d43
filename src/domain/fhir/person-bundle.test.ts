import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { checkInOn } from '../log/test-helpers/check-in.js';
import { scoreQuestionnaire, getQuestionnaire } from '../questionnaires/index.js';
import type { PersonDataExport } from '../data-transfer/person-data.js';
import { fhirSourceOf, toFhirBundle, type FhirResource } from './person-bundle.js';
import { readFhirBundle } from './read-person-bundle.js';

const userId = '11111111-1111-4111-8111-111111111111';
const score = (id: string, answers: number[], sex?: 'female' | 'male') =>
  scoreQuestionnaire(getQuestionnaire(id)!, answers, sex ? { sex } : {});

const data: PersonDataExport = {
  format: 'ketalog-export',
  schemaVersion: 1,
  version: '0.1.0',
  exportedAt: '2026-11-30T10:00:00.000Z',
  account: {
    id: userId,
    email: 'sam@example.org',
    role: 'person',
    profile: { displayName: 'Sam', country: 'GB', timeZone: 'Europe/London', weightKg: 72.5 },
    createdAt: '2026-09-01T10:00:00.000Z',
  },
  doses: [
    {
      id: '22222222-2222-4222-8222-222222222222',
      takenAt: '2026-11-01T22:15:00.000Z',
      mg: 40,
      route: 'insufflated',
      purpose: 'recreational',
      coUse: [{ substance: 'beer', amount: 3, unit: 'units', resolvedAs: null }],
      setting: 'a club',
      notes: 'felt sick',
      createdAt: '2026-11-01T22:16:00.000Z',
    },
    {
      id: '33333333-3333-4333-8333-333333333333',
      takenAt: '2026-11-03T10:00:00.000Z',
      mg: 35,
      route: 'intravenous',
      purpose: 'treatment',
      coUse: [],
      setting: null,
      notes: null,
      createdAt: '2026-11-03T12:00:00.000Z',
    },
  ],
  checkIns: [
    checkInOn('2026-11-02', {
      craving: 6,
      mood: 3,
      sleepHours: 5.5,
      symptoms: { insomnia: 2 },
      urinaryFrequency: 2,
      bloodInUrine: true,
      selfHarmThoughts: false,
      systolicMmHg: 128,
      diastolicMmHg: 82,
      heartRateBpm: 71,
      notes: 'rough day',
    }),
  ],
  questionnaireResponses: [
    {
      id: '44444444-4444-4444-8444-444444444444',
      questionnaireId: 'phq-9',
      takenAt: '2026-11-02T19:30:00.000Z',
      answers: [1, 2, 1, 2, 1, 1, 0, 0, 1],
      result: score('phq-9', [1, 2, 1, 2, 1, 1, 0, 0, 1]),
    },
    {
      id: '55555555-5555-4555-8555-555555555555',
      questionnaireId: 'gad-7',
      takenAt: '2026-11-02T19:40:00.000Z',
      answers: [1, 1, 2, 0, 1, 1, 0],
      result: score('gad-7', [1, 1, 2, 0, 1, 1, 0]),
    },
    {
      id: '66666666-6666-4666-8666-666666666666',
      questionnaireId: 'audit-c',
      takenAt: '2026-11-02T19:50:00.000Z',
      answers: [2, 1, 0],
      result: score('audit-c', [2, 1, 0], 'female'),
    },
  ],
  recoveryPlan: {
    goal: 'cut-down',
    startDate: '2026-11-01',
    reasons: [],
    triggers: [],
    copingSteps: [],
    people: [],
    updatedAt: '2026-11-01T09:00:00.000Z',
  },
  treatmentSessions: [],
  sharingGrants: [
    {
      id: '99999999-9999-4999-8999-999999999999',
      recipient: {
        kind: 'clinic',
        clinicId: '12121212-1212-4121-8121-121212121212',
        name: 'Riverside Clinic',
      },
      scopes: ['log', 'self-checks'],
      createdAt: '2026-11-04T09:00:00.000Z',
      endsAt: '2027-02-02T09:00:00.000Z',
      revokedAt: null,
      active: true,
    },
  ],
  cravings: [
    {
      id: '77777777-7777-4777-8777-777777777777',
      at: '2026-11-02T17:00:00.000Z',
      intensity: 7,
      toolsTried: ['urge-surfing', 'call-someone'],
      helped: true,
      notes: null,
    },
  ],
  clinicianNotes: [],
  prescriptions: [],
  plannedSessions: [],
  questionnaireSchedules: [],
  withdrawalFollowUps: [],
  accessLog: [],
  sentSealedShares: [],
};

const bundle = toFhirBundle(fhirSourceOf(data));
const resources = bundle.entry.map((entry) => entry.resource);
type Coding = { system: string; code: string };
const codingsOf = (resource: FhirResource) =>
  (resource.code as { coding: Coding[] } | undefined)?.coding;
const withLoinc = (code: string) =>
  resources.filter((resource) =>
    codingsOf(resource)?.some(
      (coding) => coding.system === 'http://loinc.org' && coding.code === code,
    ),
  );
const only = (code: string) => {
  const found = withLoinc(code);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const categoryOf = (resource: FhirResource) =>
  (resource.category as Array<{ coding: Coding[] }>)[0]!.coding[0];

describe('FHIR codes', () => {
  it('codes questionnaire totals with their LOINC total-score codes, as surveys derived from the response', () => {
    const phq9 = only('44261-6');
    expect(phq9.valueInteger).toBe(9);
    const gad7 = only('70274-6');
    expect(gad7.valueInteger).toBe(6);
    expect(withLoinc('69737-5')).toHaveLength(0); // the GAD-7 panel, not its score
    expect(only('75626-2').valueInteger).toBe(3);
    for (const total of [phq9, gad7, only('75626-2'), only('44260-8')]) {
      expect(categoryOf(total)).toMatchObject({
        system: 'http://terminology.hl7.org/CodeSystem/observation-category',
        code: 'survey',
      });
      const [derived] = total.derivedFrom as Array<{ reference: string }>;
      const response = bundle.entry.find((entry) => entry.fullUrl === derived!.reference);
      expect(response?.resource.resourceType).toBe('QuestionnaireResponse');
    }
    expect(only('44260-8').valueInteger).toBe(1);
  });

  it('codes blood pressure as the 85354-9 panel with systolic and diastolic components', () => {
    const panel = only('85354-9');
    expect(categoryOf(panel)).toMatchObject({ code: 'vital-signs' });
    const components = panel.component as Array<{
      code: { coding: Coding[] };
      valueQuantity: unknown;
    }>;
    expect(components.map((part) => part.code.coding[0]!.code)).toEqual(['8480-6', '8462-4']);
    expect(panel.effectiveDateTime).toBe('2026-11-02');
    expect(categoryOf(only('8867-4'))).toMatchObject({ code: 'vital-signs' });
    expect(categoryOf(only('29463-7'))).toMatchObject({ code: 'vital-signs' });
  });

  it('records doses as self-reported MedicationStatements with SNOMED route codes', () => {
    const statements = resources.filter(
      (resource) => resource.resourceType === 'MedicationStatement',
    );
    expect(statements).toHaveLength(2);
    const routes = statements.map(
      (statement) =>
        (statement.dosage as Array<{ route: { coding: Coding[] } }>)[0]!.route.coding[0],
    );
    expect(routes).toEqual([
      { system: 'http://snomed.info/sct', code: '46713006', display: 'Nasal route' },
      { system: 'http://snomed.info/sct', code: '47625008', display: 'Intravenous route' },
    ]);
    const patient = bundle.entry[0]!;
    expect(statements[0]!.informationSource).toEqual({ reference: patient.fullUrl });
  });
});

describe('FHIR consent', () => {
  it('gives each sharing grant as an active privacy Consent naming the recipient and the scopes', () => {
    const consent = resources.find((resource) => resource.resourceType === 'Consent')!;
    expect(consent).toMatchObject({
      status: 'active',
      scope: {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' },
        ],
      },
      provision: {
        type: 'permit',
        period: { start: '2026-11-04T09:00:00.000Z', end: '2027-02-02T09:00:00.000Z' },
        actor: [{ reference: { display: 'Riverside Clinic' } }],
        code: [{ text: 'log' }, { text: 'self-checks' }],
      },
    });
    const revoked = toFhirBundle({
      ...fhirSourceOf(data),
      grants: [{ ...data.sharingGrants[0]!, revokedAt: '2026-11-20T10:00:00.000Z', active: false }],
    }).entry.at(-1)!.resource;
    expect(revoked).toMatchObject({
      status: 'inactive',
      provision: { period: { end: '2026-11-20T10:00:00.000Z' } },
    });
  });
});

describe('FHIR units', () => {
  const quantities = (resource: FhirResource) => [
    ...(resource.valueQuantity ? [resource.valueQuantity] : []),
    ...((resource.component as Array<{ valueQuantity?: unknown }> | undefined) ?? []).flatMap(
      (part) => (part.valueQuantity ? [part.valueQuantity] : []),
    ),
  ];

  it('gives blood pressure in mm[Hg], heart rate per minute and weight in kg, all UCUM', () => {
    expect(quantities(only('85354-9'))).toEqual([
      { value: 128, unit: 'mm[Hg]', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
      { value: 82, unit: 'mm[Hg]', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
    ]);
    expect(quantities(only('8867-4'))).toEqual([
      { value: 71, unit: 'beats/minute', system: 'http://unitsofmeasure.org', code: '/min' },
    ]);
    expect(quantities(only('29463-7'))).toEqual([
      { value: 72.5, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' },
    ]);
  });

  it('gives doses in UCUM mg', () => {
    const statement = resources.find(
      (resource) => resource.resourceType === 'MedicationStatement',
    )!;
    const [dosage] = statement.dosage as Array<{ doseAndRate: Array<{ doseQuantity: unknown }> }>;
    expect(dosage!.doseAndRate[0]!.doseQuantity).toEqual({
      value: 40,
      unit: 'mg',
      system: 'http://unitsofmeasure.org',
      code: 'mg',
    });
  });
});

describe('FHIR bundle ids', () => {
  it('gives the same bytes for the same data, and new ids only to new rows', () => {
    expect(JSON.stringify(toFhirBundle(fhirSourceOf(structuredClone(data))))).toBe(
      JSON.stringify(bundle),
    );
    const more = toFhirBundle({
      ...fhirSourceOf(data),
      doses: [...data.doses, { ...data.doses[1]!, id: '88888888-8888-4888-8888-888888888888' }],
    });
    const ids = new Set(bundle.entry.map((entry) => entry.resource.id));
    const added = more.entry.filter((entry) => !ids.has(entry.resource.id));
    expect(added.map((entry) => entry.resource.resourceType)).toEqual(['MedicationStatement']);
    expect(ids.size).toBe(bundle.entry.length);
  });
});

describe('reading a bundle back', () => {
  it('gives back every dose, check-in, self-check, craving, plan goal and the weight', () => {
    const read = readFhirBundle(JSON.parse(JSON.stringify(bundle)));
    expect(read.doses).toEqual([
      {
        takenAt: '2026-11-01T22:15:00.000Z',
        mg: 40,
        route: 'insufflated',
        purpose: 'recreational',
        coUse: [{ substance: 'beer', amount: 3, unit: 'units' }],
        setting: 'a club',
        notes: 'felt sick',
      },
      { takenAt: '2026-11-03T10:00:00.000Z', mg: 35, route: 'intravenous', purpose: 'treatment' },
    ]);
    expect(read.checkIns).toEqual([
      {
        date: '2026-11-02',
        craving: 6,
        mood: 3,
        sleepHours: 5.5,
        symptoms: { insomnia: 2 },
        urinaryFrequency: 2,
        bloodInUrine: true,
        selfHarmThoughts: false,
        systolicMmHg: 128,
        diastolicMmHg: 82,
        heartRateBpm: 71,
        notes: 'rough day',
      },
    ]);
    expect(read.questionnaireResponses.map((response) => response.context)).toEqual([
      {},
      {},
      { sex: 'female' },
    ]);
    expect(read.cravings[0]).toMatchObject({
      intensity: 7,
      toolsTried: ['urge-surfing', 'call-someone'],
    });
    expect(read.plan).toMatchObject({ goal: 'cut-down', startDate: '2026-11-01' });
    expect(read.profile).toEqual({ displayName: 'Sam', weightKg: 72.5 });
  });

  const refusal = (change: (copy: typeof bundle) => void) => {
    const copy = structuredClone(bundle);
    change(copy);
    try {
      readFhirBundle(copy);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).message;
    }
    throw new Error('the bundle was accepted');
  };

  it('names the entry and the path of the first problem', () => {
    const doseIndex = bundle.entry.findIndex(
      (entry) => entry.resource.resourceType === 'MedicationStatement',
    );
    const doseId = bundle.entry[doseIndex]!.resource.id;
    expect(
      refusal((copy) => {
        const dosage = copy.entry[doseIndex]!.resource.dosage as Array<{
          doseAndRate: Array<{ doseQuantity: { value: number } }>;
        }>;
        dosage[0]!.doseAndRate[0]!.doseQuantity.value = -5;
      }),
    ).toBe(
      `Nothing was imported. Bundle.entry[${doseIndex}] (MedicationStatement/${doseId}), dosage[0].doseAndRate[0].doseQuantity.value: mg must be more than 0.`,
    );
    expect(refusal((copy) => void (copy.entry[3]!.resource.resourceType = 'Immunization'))).toMatch(
      /Bundle.entry\[3\] \(Immunization\/[0-9a-f-]+\), resourceType: Ketalog does not import Immunization resources/,
    );
    expect(refusal((copy) => void ((copy as { type: string }).type = 'transaction'))).toBe(
      'Nothing was imported. Bundle, type: must be "collection".',
    );
  });

  it('refuses a measure in another unit rather than guessing', () => {
    const index = bundle.entry.findIndex((entry) => withLoinc('8867-4').includes(entry.resource));
    expect(
      refusal((copy) => {
        (copy.entry[index]!.resource.valueQuantity as { code: string }).code = '/h';
      }),
    ).toContain('valueQuantity.code: must be the UCUM unit /min');
  });
});
