import type { PersonDataExport } from '../data-transfer/person-data.js';
import { scoringContextOf } from '../data-transfer/person-data.js';
import { getQuestionnaire } from '../questionnaires/index.js';
import { WITHDRAWAL_SYMPTOMS } from '../log/vocabulary.js';
import {
  extensionUrls,
  loinc,
  questionnaireCanonical,
  snomedRouteOf,
  systems,
  totalCodeOfQuestionnaire,
  ucum,
} from './codes.js';
import { uuidV5 } from './stable-id.js';

/** A FHIR R4 resource as JSON; the export builds only the few kinds listed in the README. */
export type FhirResource = { resourceType: string; id: string; [element: string]: unknown };
export type FhirBundle = {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  entry: Array<{ fullUrl: string; resource: FhirResource }>;
};

/** Ids are name-based, so the same rows give the same ids in every export. */
export const fhirIds = {
  patient: (userId: string) => uuidV5(`patient:${userId}`),
  bundle: (userId: string) => uuidV5(`bundle:${userId}`),
  dose: (doseId: string) => uuidV5(`dose:${doseId}`),
  checkIn: (userId: string, date: string) => uuidV5(`check-in:${userId}:${date}`),
  bloodPressure: (userId: string, date: string) => uuidV5(`blood-pressure:${userId}:${date}`),
  heartRate: (userId: string, date: string) => uuidV5(`heart-rate:${userId}:${date}`),
  weight: (userId: string) => uuidV5(`weight:${userId}`),
  response: (responseId: string) => uuidV5(`questionnaire-response:${responseId}`),
  total: (responseId: string) => uuidV5(`total:${responseId}`),
  item9: (responseId: string) => uuidV5(`phq9-item9:${responseId}`),
  craving: (cravingId: string) => uuidV5(`craving:${cravingId}`),
  goal: (userId: string) => uuidV5(`goal:${userId}`),
};

const reference = (id: string) => ({ reference: `urn:uuid:${id}` });
const coding = (system: string, code: string, display?: string) => ({
  system,
  code,
  ...(display ? { display } : {}),
});
const loincConcept = (entry: { code: string; display: string }) => ({
  coding: [coding(systems.loinc, entry.code, entry.display)],
  text: entry.display,
});
const category = (code: 'survey' | 'vital-signs') => [
  {
    coding: [
      coding(systems.observationCategory, code, code === 'survey' ? 'Survey' : 'Vital Signs'),
    ],
  },
];
const quantity = (value: number, unit: { unit: string; code: string }) => ({
  value,
  unit: unit.unit,
  system: systems.ucum,
  code: unit.code,
});
const notes = (text: string | null | undefined) => (text ? { note: [{ text }] } : {});

type Dose = PersonDataExport['doses'][number];
type CheckIn = PersonDataExport['checkIns'][number];
type Response = PersonDataExport['questionnaireResponses'][number];
type Craving = PersonDataExport['cravings'][number];
type Plan = NonNullable<PersonDataExport['recoveryPlan']>;

/**
 * Self-recorded use is a MedicationStatement (what the person says they took, with them as
 * the source), not a MedicationAdministration, which records giving a medicine as a care
 * provider saw it. No ketamine RxNorm code is confirmed, so the medicine is named in text.
 */
function doseStatement(dose: Dose, patient: { reference: string }): FhirResource {
  const route = snomedRouteOf[dose.route];
  const extension = [
    ...(dose.setting ? [{ url: extensionUrls.doseSetting, valueString: dose.setting }] : []),
    ...dose.coUse.map((use) => ({
      url: extensionUrls.coUse,
      extension: [
        { url: 'substance', valueString: use.substance },
        ...(use.amount === undefined ? [] : [{ url: 'amount', valueDecimal: use.amount }]),
        ...(use.unit === undefined ? [] : [{ url: 'unit', valueString: use.unit }]),
      ],
    })),
  ];
  return {
    resourceType: 'MedicationStatement',
    id: fhirIds.dose(dose.id),
    ...(extension.length > 0 ? { extension } : {}),
    status: 'completed',
    medicationCodeableConcept: {
      text: dose.route === 'esketamine-nasal' ? 'esketamine nasal spray' : 'ketamine',
    },
    subject: patient,
    effectiveDateTime: dose.takenAt,
    informationSource: patient,
    ...(dose.purpose
      ? {
          reasonCode: [{ coding: [coding(systems.dosePurpose, dose.purpose)], text: dose.purpose }],
        }
      : {}),
    ...notes(dose.notes),
    dosage: [
      {
        route: {
          coding: [
            coding(systems.snomed, route.code, route.display),
            coding(systems.route, dose.route),
          ],
          text: dose.route,
        },
        doseAndRate: [{ doseQuantity: quantity(dose.mg, ucum.mg) }],
      },
    ],
  };
}

const scoredItems = [
  'craving',
  'mood',
  'sleepQuality',
  'dissociation',
  'urinaryFrequency',
  'urinaryUrgency',
  'painPassingUrine',
  'lowerBellyPain',
] as const;
const yesNoItems = ['bloodInUrine', 'selfHarmThoughts'] as const;
export const checkInItems = { scoredItems, yesNoItems };

const itemCode = (item: string) => ({ coding: [coding(systems.checkInItem, item)], text: item });

/** The diary part of a check-in: Ketalog codes, as none of these items has a checked code. */
function checkInObservation(checkIn: CheckIn, userId: string, patient: { reference: string }) {
  const component = [
    ...scoredItems.flatMap((item) =>
      checkIn[item] === null ? [] : [{ code: itemCode(item), valueInteger: checkIn[item] }],
    ),
    ...(checkIn.sleepHours === null
      ? []
      : [
          { code: itemCode('sleepHours'), valueQuantity: quantity(checkIn.sleepHours, ucum.hours) },
        ]),
    ...yesNoItems.flatMap((item) =>
      checkIn[item] === null ? [] : [{ code: itemCode(item), valueBoolean: checkIn[item] }],
    ),
    ...WITHDRAWAL_SYMPTOMS.flatMap((symptom) => {
      const level = checkIn.symptoms[symptom];
      return level === undefined
        ? []
        : [
            {
              code: { coding: [coding(systems.withdrawalSymptom, symptom)], text: symptom },
              valueInteger: level,
            },
          ];
    }),
  ];
  return {
    resourceType: 'Observation',
    id: fhirIds.checkIn(userId, checkIn.date),
    status: 'final',
    category: category('survey'),
    code: {
      coding: [coding(systems.observation, 'daily-check-in', 'Daily check-in')],
      text: 'Daily check-in',
    },
    subject: patient,
    effectiveDateTime: checkIn.date,
    ...notes(checkIn.notes),
    ...(component.length > 0 ? { component } : {}),
  };
}

function vitalSigns(checkIn: CheckIn, userId: string, patient: { reference: string }) {
  const common = {
    resourceType: 'Observation',
    status: 'final',
    category: category('vital-signs'),
    subject: patient,
    effectiveDateTime: checkIn.date,
  };
  const resources: FhirResource[] = [];
  if (checkIn.systolicMmHg !== null && checkIn.diastolicMmHg !== null) {
    resources.push({
      ...common,
      id: fhirIds.bloodPressure(userId, checkIn.date),
      code: loincConcept(loinc.bloodPressurePanel),
      component: [
        {
          code: loincConcept(loinc.systolic),
          valueQuantity: quantity(checkIn.systolicMmHg, ucum.mmHg),
        },
        {
          code: loincConcept(loinc.diastolic),
          valueQuantity: quantity(checkIn.diastolicMmHg, ucum.mmHg),
        },
      ],
    });
  }
  if (checkIn.heartRateBpm !== null) {
    resources.push({
      ...common,
      id: fhirIds.heartRate(userId, checkIn.date),
      code: loincConcept(loinc.heartRate),
      valueQuantity: quantity(checkIn.heartRateBpm, ucum.perMinute),
    });
  }
  return resources;
}

function questionnaireResources(
  response: Response,
  patient: { reference: string },
): FhirResource[] {
  const definition = getQuestionnaire(response.questionnaireId);
  const { sex } = scoringContextOf(response);
  const responseId = fhirIds.response(response.id);
  const resources: FhirResource[] = [
    {
      resourceType: 'QuestionnaireResponse',
      id: responseId,
      ...(sex ? { extension: [{ url: extensionUrls.scoredAs, valueCode: sex }] } : {}),
      questionnaire: questionnaireCanonical(response.questionnaireId),
      status: 'completed',
      subject: patient,
      authored: response.takenAt,
      author: patient,
      item: response.answers.map((score, index) => ({
        linkId: definition?.items[index]?.id ?? String(index + 1),
        answer: [{ valueInteger: score }],
      })),
    },
  ];
  const derived = {
    resourceType: 'Observation',
    status: 'final',
    category: category('survey'),
    subject: patient,
    effectiveDateTime: response.takenAt,
    derivedFrom: [reference(responseId)],
  };
  const total = totalCodeOfQuestionnaire[response.questionnaireId];
  if (total) {
    resources.push({
      ...derived,
      id: fhirIds.total(response.id),
      code: loincConcept(total),
      valueInteger: response.result.score,
    });
  }
  const item9 = response.answers[8];
  if (response.questionnaireId === 'phq-9' && item9 !== undefined) {
    resources.push({
      ...derived,
      id: fhirIds.item9(response.id),
      code: loincConcept(loinc.phq9Item9),
      valueInteger: item9,
    });
  }
  return resources;
}

function cravingObservation(craving: Craving, patient: { reference: string }): FhirResource {
  return {
    resourceType: 'Observation',
    id: fhirIds.craving(craving.id),
    status: 'final',
    category: category('survey'),
    code: { coding: [coding(systems.observation, 'craving', 'Craving')], text: 'Craving' },
    subject: patient,
    effectiveDateTime: craving.at,
    ...notes(craving.notes),
    component: [
      { code: itemCode('intensity'), valueInteger: craving.intensity },
      ...craving.toolsTried.map((tool) => ({
        code: itemCode('toolTried'),
        valueCodeableConcept: { coding: [coding(systems.cravingTool, tool)], text: tool },
      })),
      ...(craving.helped === null
        ? []
        : [{ code: itemCode('helped'), valueBoolean: craving.helped }]),
    ],
  };
}

const goalText = { stop: 'Stop using', 'cut-down': 'Cut down', 'safer-use': 'Use more safely' };

/** The plan's goal and start; its reasons, people and money are in the Ketalog file only. */
function planGoal(plan: Plan, userId: string, patient: { reference: string }): FhirResource {
  return {
    resourceType: 'Goal',
    id: fhirIds.goal(userId),
    lifecycleStatus: 'active',
    description: { coding: [coding(systems.planGoal, plan.goal)], text: goalText[plan.goal] },
    subject: patient,
    startDate: plan.startDate,
  };
}

const byTime =
  <T>(time: (item: T) => string, id: (item: T) => string) =>
  (a: T, b: T) =>
    Date.parse(time(a)) - Date.parse(time(b)) || id(a).localeCompare(id(b));

/**
 * The person's data as a FHIR R4 collection Bundle. Pure and ordered: the same data gives the
 * same bytes, so nothing here reads the clock (the bundle has no timestamp for that reason).
 */
export function toFhirBundle(data: PersonDataExport): FhirBundle {
  const userId = data.account.id;
  const patientId = fhirIds.patient(userId);
  const patient = reference(patientId);
  const resources: FhirResource[] = [
    {
      resourceType: 'Patient',
      id: patientId,
      ...(data.account.profile.displayName
        ? { name: [{ text: data.account.profile.displayName }] }
        : {}),
    },
    ...[...data.doses]
      .sort(
        byTime(
          (dose) => dose.takenAt,
          (dose) => dose.id,
        ),
      )
      .map((dose) => doseStatement(dose, patient)),
    ...[...data.checkIns]
      .sort((a, b) => a.date.localeCompare(b.date))
      .flatMap((checkIn) => [
        checkInObservation(checkIn, userId, patient),
        ...vitalSigns(checkIn, userId, patient),
      ]),
    ...(data.account.profile.weightKg === null
      ? []
      : [
          {
            resourceType: 'Observation',
            id: fhirIds.weight(userId),
            status: 'final',
            category: category('vital-signs'),
            code: loincConcept(loinc.bodyWeight),
            subject: patient,
            // The profile keeps the weight but not when it was measured.
            note: [{ text: 'Weight from the profile; the date it was measured is not recorded.' }],
            valueQuantity: quantity(data.account.profile.weightKg, ucum.kg),
          },
        ]),
    ...[...data.questionnaireResponses]
      .sort(
        byTime(
          (response) => response.takenAt,
          (response) => response.id,
        ),
      )
      .flatMap((response) => questionnaireResources(response, patient)),
    ...[...data.cravings]
      .sort(
        byTime(
          (craving) => craving.at,
          (craving) => craving.id,
        ),
      )
      .map((craving) => cravingObservation(craving, patient)),
    ...(data.recoveryPlan ? [planGoal(data.recoveryPlan, userId, patient)] : []),
  ];
  return {
    resourceType: 'Bundle',
    id: fhirIds.bundle(userId),
    type: 'collection',
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}
