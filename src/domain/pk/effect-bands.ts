/** Plasma concentration ranges linked with effects of racemic ketamine (pk.md, "Concentration–effect landmarks"). */

export type EffectBand = {
  id: 'analgesic' | 'dissociative' | 'anaesthetic';
  label: string;
  lowerNgPerMl: number;
  upperNgPerMl: number;
  source: string;
};

export const effectBands: EffectBand[] = [
  {
    id: 'analgesic',
    label: 'pain relief',
    lowerNgPerMl: 70,
    upperNgPerMl: 160,
    source: 'Zanos et al. 2018, Pharmacol Rev 70:621, Table 1',
  },
  {
    id: 'dissociative',
    label: 'dissociation',
    lowerNgPerMl: 100,
    upperNgPerMl: 250,
    source:
      'Krystal et al. 1994, Arch Gen Psychiatry 51:199; Bowdle et al. 1998, Anesthesiology 88:82',
  },
  {
    id: 'anaesthetic',
    label: 'anaesthesia',
    lowerNgPerMl: 1000,
    upperNgPerMl: 2400,
    source: 'Zanos et al. 2018; Herd et al. 2008',
  },
];
