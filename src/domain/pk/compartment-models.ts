import type { SourcedValue } from './sourced-value.js';

/**
 * Linear compartment models of ketamine disposition, as data. Each constant carries its
 * source; figures come from ../shared/reference/pk.md and the papers it cites.
 */

export const modelIds = [
  'herd-racemic',
  'domino',
  'perez-ruixo-esketamine',
  'fanta-esketamine',
] as const;
export type ModelId = (typeof modelIds)[number];

/** Micro-constants per minute for one person: the form the linear system is built from. */
export type Disposition = {
  v1L: number;
  k10PerMin: number;
  k12PerMin: number;
  k13PerMin: number;
  k21PerMin: number;
  k31PerMin: number;
};

type MicroConstantsPerKg = {
  kind: 'micro-constants-per-kg';
  v1LPerKg: SourcedValue;
  k10PerMin: SourcedValue;
  k12PerMin: SourcedValue;
  k13PerMin: SourcedValue;
  k21PerMin: SourcedValue;
  k31PerMin: SourcedValue;
};

type ClearancesAndVolumes = {
  kind: 'clearances-and-volumes';
  /** allometric: volumes ∝ weight, clearances ∝ weight^0.75 around referenceWeightKg. */
  weightScaling:
    { kind: 'allometric'; referenceWeightKg: SourcedValue } | { kind: 'none'; note: string };
  v1L: SourcedValue;
  v2L: SourcedValue;
  clLPerHour: SourcedValue;
  q2LPerHour: SourcedValue;
  /** A deep compartment; null for a two-compartment model. */
  deep: { v3L: SourcedValue; q3LPerHour: SourcedValue } | null;
};

/** Coefficients of variation (as fractions) of log-normal between-person variability. */
export type Variability = {
  clearanceCv: SourcedValue;
  centralVolumeCv: SourcedValue;
  /** On the shallow peripheral volume: it shapes the first hour after an intravenous dose. */
  peripheralVolumeCv: SourcedValue;
  absorptionRateCv: SourcedValue;
  /** Routes may set their own (routes.ts); this is the default. */
  bioavailabilityCv: SourcedValue;
};

/**
 * How far the model's typical curve was from published study means in our validation set
 * (content/pk/published-levels.json; checked by validation.test.ts): the geometric mean fold
 * error, exp(mean |log(predicted / observed)|), and the largest.
 */
export type ModelError = { typicalFold: number; largestFold: number; studyArms: number };

export type CompartmentModel = {
  id: ModelId;
  label: string;
  substance: 'racemic ketamine' | 'esketamine';
  reference: string;
  parameters: MicroConstantsPerKg | ClearancesAndVolumes;
  variability: Variability;
  /** Null when the model has not been checked against the validation set. */
  error: ModelError | null;
  /** Oral bioavailability differs for esketamine; other routes use the route table. */
  oralBioavailability?: SourcedValue;
  notes: string[];
};

const domino =
  'Domino et al. (Clin Pharmacol Ther 1984 / Anesth Analg 1982) as coded in STANPUMP and opentiva ketamine.py';
const dominoVariabilityNote =
  'No between-person variability was published with the Domino model; assumed from the range of published CVs (Fanta 2015: 13% on CL; Perez-Ruixo 2021: 27.5% on Vc, 61.5% on nasal ka).';
const herd =
  'Herd et al. 2007, Paediatr Anaesth 17:622, doi:10.1111/j.1460-9592.2006.02145.x (PMID 17564643)';
const herdNote =
  "Herd 2007 was derived in children; allometric scaling to adults is the paper's own. Its clearance (90 L/h per 70 kg) agrees with adult venous estimates: 79 L/h (69–90), Kamp et al. 2020, Anesthesiology 133:1192; 80 L/h, Clements & Nimmo 1981, Br J Anaesth 53:27.";
const bandDesign =
  'Between-person spread starts from published CVs of ketamine models (Perez-Ruixo 2021: 27.5% on Vc, 49.3% on Vp1, 61.5% on nasal ka; Fanta 2015: 13% on CL) and is widened to 40% on clearance and central volume, because published study means scatter more than one population does.';
const perezRuixo =
  'Perez-Ruixo et al. 2021, Clin Pharmacokinet 60:501, doi:10.1007/s40262-020-00953-4, Table 3';
const fanta =
  'Fanta et al. 2015, Eur J Clin Pharmacol 71(4):441–447 (S-ketamine, healthy volunteers)';

export const compartmentModels: Record<ModelId, CompartmentModel> = {
  'herd-racemic': {
    id: 'herd-racemic',
    label: 'Herd 2007 two-compartment model (racemic ketamine, venous)',
    substance: 'racemic ketamine',
    reference: herd,
    parameters: {
      kind: 'clearances-and-volumes',
      weightScaling: {
        kind: 'allometric',
        referenceWeightKg: { value: 70, source: herd, note: herdNote },
      },
      v1L: { value: 38.7, source: herd },
      v2L: { value: 102, source: herd },
      clLPerHour: { value: 90, source: herd, note: herdNote },
      q2LPerHour: { value: 215, source: herd },
      deep: null,
    },
    variability: {
      clearanceCv: { value: 0.4, source: 'assumption', estimated: true, note: bandDesign },
      centralVolumeCv: { value: 0.4, source: 'assumption', estimated: true, note: bandDesign },
      peripheralVolumeCv: {
        value: 0.49,
        source: perezRuixo,
        note: 'The Vp1 CV of Perez-Ruixo 2021 (49.3%).',
      },
      absorptionRateCv: { value: 0.6, source: perezRuixo, note: 'Near the 61.5% CV on nasal ka.' },
      bioavailabilityCv: { value: 0.4, source: 'assumption', estimated: true, note: bandDesign },
    },
    error: { typicalFold: 1.36, largestFold: 2.05, studyArms: 17 },
    notes: [
      'The Herd model was derived in children and scaled to adults by weight. Its elimination half-life (about 80 minutes) is shorter than adult estimates (2 to 3 hours), so levels more than about 4 hours after a dose are probably under-estimated.',
    ],
  },
  domino: {
    id: 'domino',
    label: 'Domino three-compartment model (racemic ketamine, adults)',
    substance: 'racemic ketamine',
    reference: domino,
    parameters: {
      kind: 'micro-constants-per-kg',
      v1LPerKg: { value: 0.063, source: domino },
      k10PerMin: { value: 0.4381, source: domino },
      k12PerMin: { value: 0.5921, source: domino },
      k13PerMin: { value: 0.59, source: domino },
      k21PerMin: { value: 0.247, source: domino },
      k31PerMin: { value: 0.0146, source: domino },
    },
    variability: {
      clearanceCv: {
        value: 0.3,
        source: 'assumption',
        estimated: true,
        note: dominoVariabilityNote,
      },
      centralVolumeCv: {
        value: 0.3,
        source: 'assumption',
        estimated: true,
        note: dominoVariabilityNote,
      },
      peripheralVolumeCv: {
        value: 0.3,
        source: 'assumption',
        estimated: true,
        note: dominoVariabilityNote,
      },
      absorptionRateCv: {
        value: 0.5,
        source: 'assumption',
        estimated: true,
        note: 'Near the 61.5% CV on nasal ka of Perez-Ruixo 2021; no figure for racemic ketamine.',
      },
      bioavailabilityCv: {
        value: 0.25,
        source: 'assumption',
        estimated: true,
        note: 'Published bioavailability ranges (e.g. oral 0.17–0.20, Yanagihara 2003) suggest wide spread; capped at 1.',
      },
    },
    error: { typicalFold: 2.06, largestFold: 4.47, studyArms: 17 },
    notes: [
      'The Domino model was built from anaesthetic doses; its small central volume gives high, brief peaks right after an intravenous injection, and it under-estimates the peak after snorted, swallowed or sublingual doses, often by 2 to 4 times.',
      'At the end of a 0.5 mg/kg infusion over 40 minutes it gives about 240 ng/mL, where about 185 ng/mL was measured (Zanos 2018): about 30% higher.',
    ],
  },
  'perez-ruixo-esketamine': {
    id: 'perez-ruixo-esketamine',
    label: 'Perez-Ruixo 2021 three-compartment model (esketamine, 820 people)',
    substance: 'esketamine',
    reference: perezRuixo,
    parameters: {
      kind: 'clearances-and-volumes',
      weightScaling: {
        kind: 'none',
        note: 'Body weight had no discernible effect on esketamine pharmacokinetics in this population (Perez-Ruixo 2021).',
      },
      v1L: { value: 192, source: perezRuixo },
      v2L: { value: 143, source: perezRuixo },
      clLPerHour: {
        value: 151 * 0.72,
        source: `${perezRuixo} and Table 4 (hepatic blood flow 151 L/h × extraction 0.72)`,
        note: 'The paper eliminates through a hepato-portal compartment; here it is collapsed into that clearance, which keeps the model linear and three-compartment.',
      },
      q2LPerHour: { value: 84.3, source: perezRuixo },
      deep: {
        v3L: { value: 417, source: perezRuixo },
        q3LPerHour: { value: 37.6, source: perezRuixo },
      },
    },
    variability: {
      clearanceCv: {
        value: 0.232,
        source: perezRuixo,
        note: 'The published 23.2% CV is on hepatic blood flow, which drives clearance in that model.',
      },
      centralVolumeCv: { value: 0.275, source: perezRuixo },
      peripheralVolumeCv: { value: 0.493, source: perezRuixo },
      absorptionRateCv: { value: 0.615, source: perezRuixo },
      bioavailabilityCv: {
        value: 0.3,
        source: 'assumption',
        estimated: true,
        note: 'The paper puts variability on the logit of the nasal fraction; approximated here as a 30% CV.',
      },
    },
    oralBioavailability: {
      value: 0.186,
      source: `${perezRuixo} (abstract: 18.6% of a swallowed dose reaches the circulation)`,
    },
    error: { typicalFold: 1.2, largestFold: 1.36, studyArms: 3 },
    notes: [
      'Concentrations are of esketamine; the effect bands were measured with racemic ketamine.',
    ],
  },
  'fanta-esketamine': {
    id: 'fanta-esketamine',
    label: 'Fanta 2015 three-compartment model (S-ketamine, venous)',
    substance: 'esketamine',
    reference: fanta,
    parameters: {
      kind: 'clearances-and-volumes',
      weightScaling: {
        kind: 'allometric',
        referenceWeightKg: {
          value: 70,
          source: 'assumption',
          estimated: true,
          note: 'Weight scaling (volumes ∝ weight, clearances ∝ weight^0.75 around 70 kg) is our assumption.',
        },
      },
      v1L: { value: 133, source: fanta },
      v2L: { value: 187, source: fanta },
      clLPerHour: { value: 95.2, source: fanta },
      q2LPerHour: { value: 23.2, source: fanta },
      deep: { v3L: { value: 98.8, source: fanta }, q3LPerHour: { value: 157, source: fanta } },
    },
    variability: {
      clearanceCv: { value: 0.13, source: fanta },
      centralVolumeCv: {
        value: 0.3,
        source: 'assumption',
        estimated: true,
        note: 'Near the 27.5% CV on Vc of Perez-Ruixo 2021.',
      },
      peripheralVolumeCv: {
        value: 0.3,
        source: 'assumption',
        estimated: true,
        note: 'No figure was published with the model.',
      },
      absorptionRateCv: {
        value: 0.5,
        source: 'assumption',
        estimated: true,
        note: 'Near the 61.5% CV on nasal ka of Perez-Ruixo 2021.',
      },
      bioavailabilityCv: { value: 0.25, source: 'assumption', estimated: true },
    },
    oralBioavailability: { value: 0.08, source: fanta },
    error: null,
    notes: [
      'Concentrations are of S-ketamine; the effect bands were measured with racemic ketamine.',
    ],
  },
};

const minutesPerHour = 60;

/** The micro-constants of a typical person of this weight. */
export function dispositionFor(model: CompartmentModel, weightKg: number): Disposition {
  const p = model.parameters;
  if (p.kind === 'micro-constants-per-kg') {
    return {
      v1L: p.v1LPerKg.value * weightKg,
      k10PerMin: p.k10PerMin.value,
      k12PerMin: p.k12PerMin.value,
      k13PerMin: p.k13PerMin.value,
      k21PerMin: p.k21PerMin.value,
      k31PerMin: p.k31PerMin.value,
    };
  }
  const ratio =
    p.weightScaling.kind === 'allometric' ? weightKg / p.weightScaling.referenceWeightKg.value : 1;
  const volumeScale = ratio;
  const clearanceScale = ratio ** 0.75;
  const v1L = p.v1L.value * volumeScale;
  const v2L = p.v2L.value * volumeScale;
  // A two-compartment model leaves the deep compartment unconnected (and always empty).
  const deep = p.deep;
  return {
    v1L,
    k10PerMin: perMinute(p.clLPerHour, clearanceScale) / v1L,
    k12PerMin: perMinute(p.q2LPerHour, clearanceScale) / v1L,
    k13PerMin: deep ? perMinute(deep.q3LPerHour, clearanceScale) / v1L : 0,
    k21PerMin: perMinute(p.q2LPerHour, clearanceScale) / v2L,
    k31PerMin: deep
      ? perMinute(deep.q3LPerHour, clearanceScale) / (deep.v3L.value * volumeScale)
      : 0,
  };
}

/** A clearance in L/h, scaled to the person's weight, in L/min. */
function perMinute(lPerHour: SourcedValue, clearanceScale: number): number {
  return (lPerHour.value * clearanceScale) / minutesPerHour;
}
