import type { SourcedValue } from './sourced-value.js';

/** Routes of taking ketamine, with bioavailability and absorption (pk.md, "Absorption by route"). */

export const routeIds = [
  'intravenous',
  'intramuscular',
  'subcutaneous',
  'insufflated',
  'oral',
  'sublingual',
  'rectal',
  'esketamine-nasal',
] as const;
export type RouteId = (typeof routeIds)[number];

/** One way a dose reaches the blood: straight into it (kaPerMin null) or via a first-order depot. */
export type AbsorptionPathway = {
  label: string;
  bioavailability: SourcedValue;
  kaPerMin: SourcedValue | null;
  lagMin: SourcedValue | null;
};

export type RouteAbsorption = {
  id: RouteId;
  label: string;
  pathways: AbsorptionPathway[];
  /** Published time to peak after a single dose; null when the peak is the end of the input. */
  timeToPeakMin: { low: number; high: number; source: string } | null;
  note?: string;
};

const kaNote =
  'No population absorption rate is published for this route of racemic ketamine; chosen so that the time to peak of the Domino model (70 kg) falls in the middle of the published range (pk.md).';
const fitted = 'fitted to the published time to peak';

const intramuscular: AbsorptionPathway[] = [
  {
    label: 'muscle',
    bioavailability: { value: 0.93, source: 'Clements et al. 1982, J Pharm Sci (adults)' },
    kaPerMin: { value: 0.028, source: fitted, estimated: true, note: kaNote },
    lagMin: null,
  },
];

export const routes: Record<RouteId, RouteAbsorption> = {
  intravenous: {
    id: 'intravenous',
    label: 'intravenous',
    pathways: [
      {
        label: 'vein',
        bioavailability: { value: 1, source: 'definition' },
        kaPerMin: null,
        lagMin: null,
      },
    ],
    timeToPeakMin: null,
  },
  intramuscular: {
    id: 'intramuscular',
    label: 'intramuscular',
    pathways: intramuscular,
    timeToPeakMin: { low: 5, high: 15, source: 'Clements 1982; Hornik 2018' },
  },
  subcutaneous: {
    id: 'subcutaneous',
    label: 'subcutaneous',
    pathways: intramuscular,
    timeToPeakMin: {
      low: 5,
      high: 15,
      source: 'intramuscular figures (Clements 1982; Hornik 2018)',
    },
    note: 'No reliable subcutaneous figures were found, so a subcutaneous dose is modelled as intramuscular.',
  },
  insufflated: {
    id: 'insufflated',
    label: 'insufflated (snorted)',
    pathways: [
      {
        label: 'nasal mucosa',
        bioavailability: {
          value: 0.45,
          source: 'Yanagihara et al. 2003, Biopharm Drug Dispos 24:37; Malinovsky 1996',
          note: 'Some studies found lower figures.',
        },
        kaPerMin: { value: 0.0125, source: fitted, estimated: true, note: kaNote },
        lagMin: null,
      },
    ],
    timeToPeakMin: { low: 14, high: 23, source: 'Yanagihara 2003; Malinovsky 1996' },
  },
  oral: {
    id: 'oral',
    label: 'oral (swallowed)',
    pathways: [
      {
        label: 'gut',
        bioavailability: {
          value: 0.2,
          source: 'Yanagihara et al. 2003 (0.17–0.20 across studies)',
        },
        kaPerMin: { value: 0.008, source: fitted, estimated: true, note: kaNote },
        lagMin: {
          value: 10,
          source: fitted,
          estimated: true,
          note: 'A delay for stomach emptying before absorption starts; with the rate above it puts the peak at about 40 min.',
        },
      },
    ],
    timeToPeakMin: { low: 20, high: 60, source: 'Yanagihara 2003; Fanta 2015' },
  },
  sublingual: {
    id: 'sublingual',
    label: 'sublingual or buccal',
    pathways: [
      {
        label: 'mouth lining',
        bioavailability: {
          value: 0.29,
          source: 'Rolan et al. 2014, Br J Clin Pharmacol (0.27–0.31)',
        },
        kaPerMin: { value: 0.0065, source: fitted, estimated: true, note: kaNote },
        lagMin: null,
      },
    ],
    timeToPeakMin: {
      low: 35,
      high: 55,
      source: 'about 45 min (Rolan 2014; Yanagihara 2003); the ±10 min window is ours',
    },
  },
  rectal: {
    id: 'rectal',
    label: 'rectal',
    pathways: [
      {
        label: 'rectum',
        bioavailability: { value: 0.3, source: 'Yanagihara 2003; Malinovsky 1996' },
        kaPerMin: { value: 0.0067, source: fitted, estimated: true, note: kaNote },
        lagMin: null,
      },
    ],
    timeToPeakMin: {
      low: 32,
      high: 52,
      source: 'about 42 min (Yanagihara 2003; Malinovsky 1996); the ±10 min window is ours',
    },
  },
  'esketamine-nasal': {
    id: 'esketamine-nasal',
    label: 'esketamine nasal spray',
    pathways: [
      {
        label: 'nasal cavity',
        bioavailability: {
          value: 0.54,
          source: 'Perez-Ruixo 2021, Table 3 (fraction absorbed nasally)',
        },
        kaPerMin: {
          value: 2.93 / 60,
          source: 'Perez-Ruixo 2021, Table 3 (ka 2.93 /h)',
        },
        lagMin: null,
      },
      {
        label: 'swallowed part',
        bioavailability: {
          value: 0.46 * 0.186,
          source: 'Perez-Ruixo 2021: 46% is swallowed, 18.6% of which reaches the circulation',
        },
        kaPerMin: {
          value: 1.45 / 60,
          source: 'Perez-Ruixo 2021, Table 3 (ka 1.45 /h)',
          note: 'The paper adds a 0.53 h zero-order phase before this rate and a first pass through the liver; both are left out here.',
        },
        lagMin: null,
      },
    ],
    timeToPeakMin: {
      low: 20,
      high: 40,
      source: 'SPRAVATO prescribing information (Janssen), section 12.3',
    },
  },
};
