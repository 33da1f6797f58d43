import type { Route } from '../log/vocabulary.js';

/**
 * Code systems and codes the FHIR export uses. Standard codes only where their meaning was
 * checked (shared/reference/clinical-workspace.md §2); everything else gets a Ketalog code,
 * so a receiving system can tell "ours" from a standard it knows.
 */
export const systems = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  ucum: 'http://unitsofmeasure.org',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  /** Ketalog's own codes, as URNs: no web address is promised for them. */
  checkInItem: 'urn:ketalog:fhir:check-in-item',
  withdrawalSymptom: 'urn:ketalog:fhir:withdrawal-symptom',
  observation: 'urn:ketalog:fhir:observation',
  cravingTool: 'urn:ketalog:fhir:craving-tool',
  route: 'urn:ketalog:fhir:route',
  dosePurpose: 'urn:ketalog:fhir:dose-purpose',
  planGoal: 'urn:ketalog:fhir:plan-goal',
} as const;

export const questionnaireCanonical = (questionnaireId: string) =>
  `urn:ketalog:fhir:Questionnaire:${questionnaireId}`;

export const extensionUrls = {
  doseSetting: 'urn:ketalog:fhir:StructureDefinition:dose-setting',
  coUse: 'urn:ketalog:fhir:StructureDefinition:co-use',
  /** The sex whose score bands were used (AUDIT-C's bands differ by sex). */
  scoredAs: 'urn:ketalog:fhir:StructureDefinition:scored-as',
} as const;

/** LOINC codes (clinical-workspace.md §2: all "verified"). */
export const loinc = {
  phq9Total: {
    code: '44261-6',
    display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
  },
  phq9Item9: {
    code: '44260-8',
    display: 'Thoughts that you would be better off dead, or of hurting yourself in some way',
  },
  gad7Total: {
    code: '70274-6',
    display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
  },
  auditCTotal: { code: '75626-2', display: 'Total score [AUDIT-C]' },
  bloodPressurePanel: {
    code: '85354-9',
    display: 'Blood pressure panel with all children optional',
  },
  systolic: { code: '8480-6', display: 'Systolic blood pressure' },
  diastolic: { code: '8462-4', display: 'Diastolic blood pressure' },
  heartRate: { code: '8867-4', display: 'Heart rate' },
  bodyWeight: { code: '29463-7', display: 'Body weight' },
} as const;

/** Which questionnaires' totals become Observations (the others have no checked code). */
export const totalCodeOfQuestionnaire: Partial<Record<string, { code: string; display: string }>> =
  {
    'phq-9': loinc.phq9Total,
    'gad-7': loinc.gad7Total,
    'audit-c': loinc.auditCTotal,
  };

/** UCUM units (the FHIR R4 vital-signs profile's units for these measures). */
export const ucum = {
  mmHg: { unit: 'mm[Hg]', code: 'mm[Hg]' },
  perMinute: { unit: 'beats/minute', code: '/min' },
  kg: { unit: 'kg', code: 'kg' },
  mg: { unit: 'mg', code: 'mg' },
  hours: { unit: 'h', code: 'h' },
} as const;

/**
 * SNOMED CT route-of-administration codes, all in FHIR's route-codes value set (descendants
 * of 284009009). Intravenous is in clinical-workspace.md §2; oral and subcutaneous were read in
 * HL7's published expansion of that value set; nasal, intramuscular, sublingual and rectal
 * agree across several independent FHIR and HL7 v2 implementations (secondary sources).
 * Insufflated ketamine and the esketamine spray both go in through the nose.
 */
export const snomedRouteOf: Record<Route, { code: string; display: string }> = {
  insufflated: { code: '46713006', display: 'Nasal route' },
  'esketamine-nasal': { code: '46713006', display: 'Nasal route' },
  oral: { code: '26643006', display: 'Oral route' },
  sublingual: { code: '37839007', display: 'Sublingual route' },
  intramuscular: { code: '78421000', display: 'Intramuscular route' },
  intravenous: { code: '47625008', display: 'Intravenous route' },
  subcutaneous: { code: '34206005', display: 'Subcutaneous route' },
  rectal: { code: '37161004', display: 'Per rectum' },
};
