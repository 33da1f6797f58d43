import { ROUTES, type Route } from '../log/vocabulary.js';
import type { SourcedValue } from './sourced-value.js';

/**
 * Routes of taking ketamine, with bioavailability and absorption (pk.md, "Absorption by
 * route"). Bioavailability is the AUC-based published figure. Where no absorption rate is
 * published, the route stores its published time to peak and each model derives its own
 * rate from it when it is loaded (absorption.ts), labelled as estimated.
 */

/** The engine models every route the dose log knows: one list, so a new route needs its data. */
export const routeIds = ROUTES;
export type RouteId = Route;

export type PathwayAbsorption =
  | { kind: 'direct' }
  | { kind: 'published-rate'; kaPerMin: SourcedValue }
  | { kind: 'from-time-to-peak' };

/** One way a dose reaches the blood: straight into it, or via a first-order depot. */
export type AbsorptionPathway = {
  label: string;
  bioavailability: SourcedValue;
  /** Between-person CV of the bioavailability; the model's default when absent. */
  bioavailabilityCv?: SourcedValue;
  absorption: PathwayAbsorption;
  lagMin: SourcedValue | null;
};

export type RouteAbsorption = {
  id: RouteId;
  label: string;
  pathways: AbsorptionPathway[];
  /** Published time to peak after a single dose; null when the peak is the end of the input. */
  timeToPeakMin: { typical: number; low: number; high: number; source: string } | null;
  note?: string;
};

const nasalCv: SourcedValue = {
  value: 0.5,
  source: 'assumption',
  estimated: true,
  note: 'Published nasal bioavailability ranges from 0.11 to 0.54 between studies (pk-validation.md).',
};
const swallowedCv: SourcedValue = {
  value: 0.4,
  source: 'assumption',
  estimated: true,
  note: 'Oral and sublingual bioavailability vary widely between studies (Chong 2006: 23 ± 9% oral, 32 ± 17% sublingual).',
};

const intramuscular: AbsorptionPathway[] = [
  {
    label: 'muscle',
    bioavailability: { value: 0.93, source: 'Clements et al. 1982, J Pharm Sci 71:539 (adults)' },
    absorption: { kind: 'from-time-to-peak' },
    lagMin: null,
  },
];
const intramuscularPeak = {
  typical: 20,
  low: 5,
  high: 30,
  source:
    '5–15 min (Clements 1982; Hornik 2018); medians 15 and 30 min (Hirlinger & Dick 1984, Anaesthesist 33:272)',
};

export const routes: Record<RouteId, RouteAbsorption> = {
  intravenous: {
    id: 'intravenous',
    label: 'intravenous',
    pathways: [
      {
        label: 'vein',
        bioavailability: { value: 1, source: 'definition' },
        absorption: { kind: 'direct' },
        lagMin: null,
      },
    ],
    timeToPeakMin: null,
  },
  intramuscular: {
    id: 'intramuscular',
    label: 'intramuscular',
    pathways: intramuscular,
    timeToPeakMin: intramuscularPeak,
  },
  subcutaneous: {
    id: 'subcutaneous',
    label: 'subcutaneous',
    pathways: intramuscular,
    timeToPeakMin: {
      ...intramuscularPeak,
      source: `intramuscular figures: ${intramuscularPeak.source}`,
    },
    note: 'No reliable subcutaneous figures were found (and no published blood levels after a subcutaneous dose in adults), so a subcutaneous dose is modelled as intramuscular.',
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
          note: 'Published figures range from 0.11 to 0.54.',
        },
        bioavailabilityCv: nasalCv,
        absorption: { kind: 'from-time-to-peak' },
        lagMin: null,
      },
    ],
    timeToPeakMin: {
      typical: 18,
      low: 14,
      high: 23,
      source:
        'Yanagihara 2003; Malinovsky 1996, Br J Anaesth 77:203; Pharmacotherapy 2022;42:298 (14–23 min)',
    },
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
        bioavailabilityCv: swallowedCv,
        absorption: { kind: 'from-time-to-peak' },
        lagMin: null,
      },
    ],
    timeToPeakMin: {
      typical: 45,
      low: 20,
      high: 60,
      source: 'Yanagihara 2003; Fanta 2015; Chong et al. 2006, Pain Med 7:469 (0.96 h)',
    },
  },
  sublingual: {
    id: 'sublingual',
    label: 'sublingual or buccal',
    pathways: [
      {
        label: 'mouth lining',
        bioavailability: {
          value: 0.29,
          source: 'Rolan et al. 2014, Br J Clin Pharmacol 77:1011 (0.27–0.31)',
        },
        bioavailabilityCv: swallowedCv,
        absorption: { kind: 'from-time-to-peak' },
        lagMin: null,
      },
    ],
    timeToPeakMin: {
      typical: 45,
      low: 15,
      high: 60,
      source: 'median 0.75 h (0.25–1.0 h), Rolan 2014; 0.76 h, Chong 2006',
    },
  },
  rectal: {
    id: 'rectal',
    label: 'rectal',
    pathways: [
      {
        label: 'rectum',
        bioavailability: { value: 0.3, source: 'Yanagihara 2003; Malinovsky 1996' },
        bioavailabilityCv: swallowedCv,
        absorption: { kind: 'from-time-to-peak' },
        lagMin: null,
      },
    ],
    timeToPeakMin: {
      typical: 42,
      low: 32,
      high: 52,
      source: 'about 42 min (Malinovsky 1996, children); the ±10 min window is ours',
    },
    note: 'Rectal figures come from children; no adult blood levels after a rectal dose were found.',
  },
  'esketamine-nasal': {
    id: 'esketamine-nasal',
    label: 'esketamine nasal spray',
    pathways: [
      {
        label: 'nasal cavity',
        bioavailability: {
          value: 0.54,
          source: 'Perez-Ruixo 2021, Table 3 (fraction absorbed nasally, first device)',
        },
        absorption: {
          kind: 'published-rate',
          kaPerMin: { value: 2.93 / 60, source: 'Perez-Ruixo 2021, Table 3 (ka 2.93 /h)' },
        },
        lagMin: null,
      },
      {
        label: 'swallowed part',
        bioavailability: {
          value: 0.46 * 0.186,
          source:
            'Perez-Ruixo 2021: what is not absorbed nasally is swallowed, and 18.6% of that reaches the circulation',
        },
        absorption: {
          kind: 'published-rate',
          kaPerMin: {
            value: 1.45 / 60,
            source: 'Perez-Ruixo 2021, Table 3 (ka 1.45 /h)',
          },
        },
        lagMin: {
          value: 16,
          source: 'estimated',
          estimated: true,
          note: 'The paper has a 0.53 h zero-order phase before this rate; a delay of about half of it stands in for it.',
        },
      },
    ],
    timeToPeakMin: {
      typical: 30,
      low: 20,
      high: 40,
      source: 'SPRAVATO prescribing information (Janssen), section 12.3',
    },
  },
};

/**
 * Esketamine nasal spray: the nasal fraction falls with each device after the first in a
 * session (Perez-Ruixo 2021, Table 3: × 0.62), and the rest is swallowed.
 */
export const esketamineDevices = {
  mgPerDevice: 28,
  laterDeviceFactor: 0.62,
  /** Devices are used 5 minutes apart; a dose within this gap of the last continues the session (our choice). */
  sessionGapMin: 15,
  swallowedBioavailability: 0.186,
  source: 'Perez-Ruixo et al. 2021, Clin Pharmacokinet 60:501, Table 3',
} as const;

/** Nasal and swallowed bioavailability of a dose, given the mg already sprayed in the session. */
export function esketamineNasalFractions({
  mg,
  mgEarlierInSession,
}: {
  mg: number;
  mgEarlierInSession: number;
}): { nasal: number; swallowed: number } {
  const first = routes['esketamine-nasal'].pathways[0]?.bioavailability.value ?? 0;
  const { mgPerDevice, laterDeviceFactor, swallowedBioavailability } = esketamineDevices;
  const firstDeviceMg = Math.max(0, Math.min(mg, mgPerDevice - mgEarlierInSession));
  const nasal = (first * (firstDeviceMg + laterDeviceFactor * (mg - firstDeviceMg))) / mg;
  return { nasal, swallowed: (1 - nasal) * swallowedBioavailability };
}
