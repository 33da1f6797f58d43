import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { compartmentModels } from './compartment-models.js';
import type { CompartmentModel, ModelId } from './compartment-models.js';
import { createGridStepper, stateAt } from './exact-stepper.js';
import { buildSystem, inputEvents, planDoses } from './linear-system.js';
import type { DoseInput } from './linear-system.js';
import { simulateRk4 } from './rk4-reference.js';
import { absorptionFor, timeToPeakMin } from './absorption.js';
import { dispositionFor } from './compartment-models.js';
import { esketamineNasalFractions, routeIds, routes } from './routes.js';
import type { RouteId } from './routes.js';
import { concentrationAt, simulateRegimen } from './simulate-regimen.js';

function gridCurve({
  model = compartmentModels['herd-racemic'],
  weightKg = 70,
  doses,
  stepMin,
  pointCount,
  withAmounts = false,
}: {
  model?: CompartmentModel;
  weightKg?: number;
  doses: DoseInput[];
  stepMin: number;
  pointCount: number;
  /** Amounts in the body too: the stepper's general loop instead of its fast one. */
  withAmounts?: boolean;
}) {
  const plan = planDoses({ model, doses });
  const system = buildSystem({ model, weightKg, plan });
  const events = inputEvents({ plan });
  const exact = new Float64Array(pointCount);
  const amounts = new Float64Array(pointCount);
  createGridStepper({ system, events, stepMin }).fill({
    concentrationsNgPerMl: exact,
    ...(withAmounts ? { amountsMg: amounts } : {}),
    count: pointCount,
  });
  return { plan, system, events, exact, amounts };
}

function peakOf(values: ArrayLike<number>): { index: number; value: number } {
  let index = 0;
  for (let i = 1; i < values.length; i += 1) if ((values[i] ?? 0) > (values[index] ?? 0)) index = i;
  return { index, value: values[index] ?? 0 };
}

/** Area under the curve by the trapezoid rule, from the amount eliminated being exact elsewhere. */
function trapezoidAuc(values: Float64Array, stepMin: number): number {
  let sum = 0;
  for (let i = 1; i < values.length; i += 1) sum += ((values[i - 1] ?? 0) + (values[i] ?? 0)) / 2;
  return sum * stepMin;
}

/** Bioavailability of one dose with nothing sprayed before it in the session. */
function totalBioavailability(route: RouteId, mg: number): number {
  if (route === 'esketamine-nasal') {
    const { nasal, swallowed } = esketamineNasalFractions({ mg, mgEarlierInSession: 0 });
    return nasal + swallowed;
  }
  return routes[route].pathways.reduce((sum, p) => sum + p.bioavailability.value, 0);
}

const everyAbsorbedRouteOffGrid: DoseInput[] = [
  { atMin: 0.4, mg: 30, route: 'intramuscular' },
  { atMin: 10.25, mg: 100, route: 'oral' },
  { atMin: 12.5, mg: 40, route: 'insufflated' },
  { atMin: 33.3, mg: 50, route: 'sublingual' },
  { atMin: 61.9, mg: 40, route: 'rectal' },
  { atMin: 80.1, mg: 56, route: 'esketamine-nasal' },
  { atMin: 95.5, mg: 20, route: 'subcutaneous' },
];

const regimensForRk4: { name: string; model: ModelId; doses: DoseInput[] }[] = [
  ...(['herd-racemic', 'domino'] as const).map((model) => ({
    name: `every absorbed route at off-grid times (${model})`,
    model,
    doses: everyAbsorbedRouteOffGrid,
  })),
  {
    name: 'an intravenous bolus and a later insufflated dose',
    model: 'herd-racemic',
    doses: [
      { atMin: 0, mg: 20, route: 'intravenous' },
      { atMin: 45, mg: 60, route: 'insufflated' },
    ],
  },
  {
    name: 'overlapping infusions that start and stop between grid points',
    model: 'domino',
    doses: [
      { atMin: 3.3, mg: 35, route: 'intravenous', durationMin: 40.2 },
      { atMin: 20.7, mg: 10, route: 'intravenous', durationMin: 7.45 },
    ],
  },
  {
    name: 'esketamine nasal spray in the Perez-Ruixo model',
    model: 'perez-ruixo-esketamine',
    doses: [
      { atMin: 0, mg: 28, route: 'esketamine-nasal' },
      { atMin: 5, mg: 28, route: 'esketamine-nasal' },
    ],
  },
  {
    name: 'an infusion and an oral dose in the Fanta model',
    model: 'fanta-esketamine',
    doses: [
      { atMin: 0, mg: 20, route: 'intravenous', durationMin: 30 },
      { atMin: 60, mg: 100, route: 'oral' },
    ],
  },
];

describe('exact stepping', () => {
  it.each(regimensForRk4)(
    'agrees with an RK4 integration to 1e-6 for $name',
    ({ model, doses }) => {
      const stepMin = 0.5;
      const pointCount = 801;
      const { system, events, exact } = gridCurve({
        model: compartmentModels[model],
        doses,
        stepMin,
        pointCount,
      });
      const rk4 = new Float64Array(pointCount);
      simulateRk4({
        system,
        events,
        stepMin,
        substeps: 64,
        pointCount,
        concentrationsNgPerMl: rk4,
      });
      const peak = peakOf(exact).value;
      for (let i = 0; i < pointCount; i += 1) {
        const scale = Math.max(Math.abs(exact[i] ?? 0), 1e-3 * peak);
        expect(Math.abs((rk4[i] ?? 0) - (exact[i] ?? 0)) / scale).toBeLessThan(1e-6);
      }
    },
  );

  // The benchmark's regimen: snorted doses, then an intramuscular dose and an infusion.
  const twoRoutesAndAnInfusion: DoseInput[] = [
    ...[0, 60, 120, 180, 300].map((atMin) => ({ atMin, mg: 40, route: 'insufflated' as const })),
    { atMin: 400.5, mg: 50, route: 'intramuscular' },
    { atMin: 500, mg: 35, route: 'intravenous', durationMin: 40 },
  ];
  const expectSameCurve = (a: Float64Array, b: Float64Array) => {
    const peak = peakOf(a).value;
    expect(peak).toBeGreaterThan(0);
    for (let i = 0; i < a.length; i += 1) {
      expect(Math.abs((a[i] ?? 0) - (b[i] ?? NaN))).toBeLessThan(1e-12 * peak);
    }
  };
  const grid = { stepMin: 1, pointCount: 721 };

  it.each(['herd-racemic', 'domino'] as const)(
    'steps the %s model on its fast path (two depots in registers) as on the general path',
    (model) => {
      const doses = twoRoutesAndAnInfusion;
      const fast = gridCurve({ model: compartmentModels[model], doses, ...grid });
      const general = gridCurve({
        model: compartmentModels[model],
        doses,
        ...grid,
        withAmounts: true,
      });
      expect(fast.system.dispositionSize).toBe(model === 'domino' ? 3 : 2);
      expect(fast.system.depotCount).toBe(2);
      expectSameCurve(fast.exact, general.exact);
    },
  );

  it('gives a two-compartment model the curve of the same model with an empty deep compartment', () => {
    const herd = compartmentModels['herd-racemic'];
    const parameters = herd.parameters as Extract<
      CompartmentModel['parameters'],
      { kind: 'clearances-and-volumes' }
    >;
    const padded: CompartmentModel = {
      ...herd,
      parameters: {
        ...parameters,
        deep: { v3L: { value: 1, source: 'test' }, q3LPerHour: { value: 0, source: 'test' } },
      },
    };
    for (const doses of [
      twoRoutesAndAnInfusion,
      everyAbsorbedRouteOffGrid.filter((dose) => dose.route !== 'esketamine-nasal'),
    ]) {
      for (const withAmounts of [false, true]) {
        const two = gridCurve({ doses, ...grid, withAmounts });
        const three = gridCurve({ model: padded, doses, ...grid, withAmounts });
        expect(two.system.dispositionSize).toBe(2);
        expect(three.system.dispositionSize).toBe(3);
        expectSameCurve(two.exact, three.exact);
        if (withAmounts) expectSameCurve(two.amounts, three.amounts);
      }
    }
  });

  it('matches the closed-form one-compartment curve when the peripheral compartments are cut off', () => {
    const [ka, k, v1LPerKg] = [0.05, 0.02, 1];
    const oneCompartment: CompartmentModel = {
      ...compartmentModels.domino,
      parameters: {
        ...(compartmentModels.domino.parameters as Extract<
          CompartmentModel['parameters'],
          { kind: 'micro-constants-per-kg' }
        >),
        v1LPerKg: { value: v1LPerKg, source: 'test' },
        k10PerMin: { value: k, source: 'test' },
        k12PerMin: { value: 0, source: 'test' },
        k13PerMin: { value: 0, source: 'test' },
      },
    };
    const plan = planDoses({
      model: oneCompartment,
      doses: [{ atMin: 0, mg: 100, route: 'oral' }],
    });
    const ka0 = plan.depots[0]?.kaPerMin ?? 0;
    const lag = routes.oral.pathways[0]?.lagMin?.value ?? 0;
    const f = absorptionFor(oneCompartment).oral[0]?.bioavailability ?? 0;
    plan.depots[0] = { route: 'oral', pathway: 0, kaPerMin: ka };
    const system = buildSystem({ model: oneCompartment, weightKg: 70, plan });
    const events = inputEvents({ plan });
    expect(ka0).toBeGreaterThan(0);
    for (const tMin of [lag + 1, lag + 17.3, lag + 120, lag + 600]) {
      const t = tMin - lag;
      const expected =
        ((f * 100 * ka) / (70 * v1LPerKg * (ka - k))) *
        (Math.exp(-k * t) - Math.exp(-ka * t)) *
        1000;
      const x = stateAt({ system, events, tMin });
      expect(((x[0] ?? 0) * 1000) / system.v1L / expected).toBeCloseTo(1, 12);
    }
  });

  it('gives the same concentration at any time as on the grid, and in between', () => {
    const regimen = {
      weightKg: 82,
      doses: [
        { atMin: 0, mg: 40, route: 'insufflated' as const },
        { atMin: 30, mg: 20, route: 'intravenous' as const, durationMin: 10 },
      ],
      untilMin: 120,
      stepMin: 1,
    };
    const result = simulateRegimen(regimen);
    for (const i of [0, 5, 31, 40, 41, 119]) {
      expect(concentrationAt(regimen, i)).toBeCloseTo(result.plasmaNgPerMl[i] ?? NaN, 9);
    }
    const between = concentrationAt(regimen, 35.5);
    expect(result.model.id).toBe('herd-racemic');
    const fine = gridCurve({
      weightKg: 82,
      doses: regimen.doses,
      stepMin: 0.5,
      pointCount: 72,
    }).exact;
    expect(between).toBeCloseTo(fine[71] ?? NaN, 9);
  });
});

describe('pharmacokinetic properties', () => {
  it('doubles the whole curve when every dose is doubled (linearity)', () => {
    const doses: DoseInput[] = [
      { atMin: 0, mg: 30, route: 'insufflated' },
      { atMin: 50, mg: 25, route: 'intravenous', durationMin: 20 },
      { atMin: 70.5, mg: 100, route: 'oral' },
    ];
    const once = gridCurve({ doses, stepMin: 1, pointCount: 300 }).exact;
    const twice = gridCurve({
      doses: doses.map((d) => ({ ...d, mg: 2 * d.mg })),
      stepMin: 1,
      pointCount: 300,
    }).exact;
    once.forEach((value, i) => expect(twice[i]).toBeCloseTo(2 * value, 9));
  });

  it.each(routeIds)('keeps the mass balance for %s: absorbed = bioavailability × dose', (route) => {
    const model = compartmentModels.domino;
    const doses: DoseInput[] = [
      { atMin: 0, mg: 100, route, ...(route === 'intravenous' ? { durationMin: 15 } : {}) },
    ];
    const plan = planDoses({ model, doses });
    const system = buildSystem({ model, weightKg: 70, plan, trackEliminated: true });
    const events = inputEvents({ plan });
    const f = totalBioavailability(route, 100);
    // Later than the lag of any swallowed part (16 min), so every input has arrived.
    for (const tMin of [20, 60, 600]) {
      const x = stateAt({ system, events, tMin });
      const total = x.reduce((sum, amount) => sum + amount, 0);
      const infused = route === 'intravenous' ? Math.min(tMin, 15) * (100 / 15) : 100 * f;
      expect(total).toBeCloseTo(infused, 9);
    }
    const week = stateAt({ system, events, tMin: 7 * 24 * 60 });
    expect(week[system.eliminatedIndex ?? -1]).toBeCloseTo(100 * f, 6);
  });

  it.each(routeIds.filter((r) => r !== 'intravenous'))(
    'has an AUC for %s that is its bioavailability times the intravenous AUC',
    (route) => {
      const auc = (r: RouteId) =>
        trapezoidAuc(
          gridCurve({ doses: [{ atMin: 0, mg: 50, route: r }], stepMin: 0.05, pointCount: 72_001 })
            .exact,
          0.05,
        );
      expect(auc(route) / auc('intravenous')).toBeCloseTo(totalBioavailability(route, 50), 3);
    },
  );

  const racemicModels = (['herd-racemic', 'domino'] as const).map((id) => compartmentModels[id]);
  const timeToPeakCases = routeIds
    .filter((route) => routes[route].timeToPeakMin !== null && route !== 'esketamine-nasal')
    .flatMap((route) => racemicModels.map((model) => ({ route, model: model.id })));
  it.each(timeToPeakCases)(
    'peaks after $route at the published typical time, with a rate derived for the $model model',
    ({ route, model }) => {
      const { exact } = gridCurve({
        model: compartmentModels[model],
        doses: [{ atMin: 0, mg: 50, route }],
        stepMin: 0.1,
        pointCount: 2001,
      });
      const typical = routes[route].timeToPeakMin?.typical ?? NaN;
      expect(peakOf(exact).index * 0.1).toBeCloseTo(typical, 0);
      expect(absorptionFor(compartmentModels[model])[route][0]?.kaEstimated).toBe(true);
    },
  );

  it('derives a different absorption rate for each model from the same time to peak', () => {
    const herd = absorptionFor(compartmentModels['herd-racemic']).insufflated[0]?.kaPerMin ?? 0;
    const domino = absorptionFor(compartmentModels.domino).insufflated[0]?.kaPerMin ?? 0;
    expect(herd).not.toBeCloseTo(domino, 3);
    for (const [model, ka] of [
      ['herd-racemic', herd],
      ['domino', domino],
    ] as const) {
      expect(timeToPeakMin(dispositionFor(compartmentModels[model], 70), ka)).toBeCloseTo(18, 3);
    }
  });

  it('peaks after esketamine nasal spray inside the published range (its own model, published rates)', () => {
    const { exact } = gridCurve({
      model: compartmentModels['perez-ruixo-esketamine'],
      doses: [{ atMin: 0, mg: 28, route: 'esketamine-nasal' }],
      stepMin: 0.1,
      pointCount: 2001,
    });
    const range = routes['esketamine-nasal'].timeToPeakMin;
    const tMax = peakOf(exact).index * 0.1;
    expect(tMax).toBeGreaterThanOrEqual(range?.low ?? Infinity);
    expect(tMax).toBeLessThanOrEqual(range?.high ?? -Infinity);
  });

  it('reproduces the end of a 0.5 mg/kg 40-minute infusion within the model error it states', () => {
    // Published: about 185 ng/mL at the end (Zarate 2006, in Zanos 2018). The default model
    // gives about 250 (1.37×, inside the 5th–95th percentile band); Domino, named
    // explicitly, about 240, which its notes call "about 30% higher".
    const infusion = {
      weightKg: 70,
      doses: [{ atMin: 0, mg: 35, route: 'intravenous', durationMin: 40 }],
      untilMin: 60,
      stepMin: 1,
    };
    const result = simulateRegimen(infusion);
    const end = result.plasmaNgPerMl[40] ?? NaN;
    expect(result.model.id).toBe('herd-racemic');
    expect(end / 185).toBeGreaterThan(1.2);
    expect(end / 185).toBeLessThan(1.5);
    expect(result.band.p5NgPerMl[40]).toBeLessThan(185);
    expect(result.band.p95NgPerMl[40]).toBeGreaterThan(185);
    expect(result.peak.timeMin).toBe(40);

    const domino = simulateRegimen({ ...infusion, model: 'domino' });
    expect(domino.plasmaNgPerMl[40]).toBeGreaterThan(235);
    expect(domino.plasmaNgPerMl[40]).toBeLessThan(245);
    expect(domino.notes.join(' ')).toMatch(/about 30% higher/);
  });
});

describe('the model for each regimen', () => {
  const base = { weightKg: 70, untilMin: 240, stepMin: 1 };

  it('uses the Herd model for racemic ketamine unless another is named, and says why', () => {
    const result = simulateRegimen({
      ...base,
      doses: [{ atMin: 0, mg: 50, route: 'insufflated' }],
    });
    expect(result.model).toMatchObject({ id: 'herd-racemic', reason: 'racemic' });
    expect(result.model.errorText).toMatch(/within about ±\d+% of what was measured/);
    expect(result.notes.join(' ')).toMatch(/derived in children/);
    const named = simulateRegimen({
      ...base,
      model: 'domino',
      doses: [{ atMin: 0, mg: 50, route: 'insufflated' }],
    });
    expect(named.model).toMatchObject({ id: 'domino', reason: 'named' });
    expect(named.peak.ngPerMl).toBeLessThan(result.peak.ngPerMl * 0.7);
  });

  it('chooses the esketamine model for esketamine nasal spray alone', () => {
    const doses = [
      { atMin: 0, mg: 28, route: 'esketamine-nasal' },
      { atMin: 5, mg: 28, route: 'esketamine-nasal' },
    ];
    const chosen = simulateRegimen({ ...base, doses });
    expect(chosen.model).toMatchObject({ id: 'perez-ruixo-esketamine', reason: 'esketamine' });
    const racemic = simulateRegimen({ ...base, model: 'herd-racemic', doses });
    expect(racemic.peak.ngPerMl).toBeGreaterThan(chosen.peak.ngPerMl * 1.5);
  });

  it('refuses esketamine nasal spray mixed with racemic ketamine unless a model is named', () => {
    const doses = [
      { atMin: 0, mg: 28, route: 'esketamine-nasal' },
      { atMin: 60, mg: 30, route: 'insufflated' },
    ];
    let error: unknown;
    try {
      simulateRegimen({ ...base, doses });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual([
      { path: 'model', message: expect.stringMatching(/mix esketamine nasal spray with racemic/) },
    ]);
    expect(simulateRegimen({ ...base, model: 'herd-racemic', doses }).model.reason).toBe('named');
  });

  it('absorbs less through the nose from each esketamine device after the first in a session', () => {
    const peakOfDoses = (doses: { atMin: number; mg: number }[]) =>
      simulateRegimen({
        ...base,
        untilMin: 600,
        doses: doses.map((dose) => ({ ...dose, route: 'esketamine-nasal' })),
      }).peak.ngPerMl;
    const one = peakOfDoses([{ atMin: 0, mg: 28 }]);
    const twoDevices = peakOfDoses([{ atMin: 0, mg: 56 }]);
    const twoSprays = peakOfDoses([
      { atMin: 0, mg: 28 },
      { atMin: 5, mg: 28 },
    ]);
    // The second device absorbs × 0.62 nasally: far less than double, and the same whether
    // logged as one 56 mg dose or as two devices 5 minutes apart.
    expect(twoDevices / one).toBeGreaterThan(1.5);
    expect(twoDevices / one).toBeLessThan(1.75);
    expect(twoSprays / twoDevices).toBeGreaterThan(0.95);
    expect(twoSprays / twoDevices).toBeLessThan(1.02);
    // Hours apart, each dose is the first device of its own session.
    const apart = simulateRegimen({
      ...base,
      untilMin: 600,
      doses: [
        { atMin: 0, mg: 28, route: 'esketamine-nasal' },
        { atMin: 300, mg: 28, route: 'esketamine-nasal' },
      ],
    });
    const secondPeak = Math.max(...apart.plasmaNgPerMl.slice(300));
    expect(secondPeak).toBeGreaterThan(one);
  });
});

describe('simulateRegimen', () => {
  const regimen = {
    weightKg: 70,
    doses: [
      { atMin: 0, mg: 50, route: 'insufflated' },
      { atMin: 90, mg: 35, route: 'intravenous', durationMin: 40 },
    ],
    untilMin: 360,
    stepMin: 1,
  };

  it('is reproducible: the same regimen gives the same curve and band', () => {
    expect(simulateRegimen(regimen)).toEqual(simulateRegimen(regimen));
  });

  it('finds when the curve falls below each band for good', () => {
    const result = simulateRegimen(regimen);
    const dissociative = result.landmarks.find((band) => band.id === 'dissociative');
    expect(dissociative?.reached).toBe(true);
    const below = dissociative?.fallsBelowAtMin ?? NaN;
    expect(concentrationAt(regimen, below)).toBeCloseTo(100, 0);
    expect(concentrationAt(regimen, below + 5)).toBeLessThan(100);
    expect(dissociative?.minutesBelowAfterLastDose).toBeCloseTo(below - 90, 9);
    const anaesthetic = result.landmarks.find((band) => band.id === 'anaesthetic');
    expect(anaesthetic?.reached).toBe(false);
    expect(anaesthetic?.intervals).toEqual([]);
  });

  it('says that subcutaneous doses are modelled as intramuscular', () => {
    const result = simulateRegimen({
      ...regimen,
      doses: [{ atMin: 0, mg: 20, route: 'subcutaneous' }],
    });
    expect(result.notes.join(' ')).toMatch(/subcutaneous dose is modelled as intramuscular/);
  });

  it('refuses invalid regimens with validation_failed and a detail per problem', () => {
    const attempt = (input: unknown) => {
      try {
        simulateRegimen(input);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const error = attempt({
      ...regimen,
      weightKg: 10,
      doses: [{ atMin: 0, mg: 10, route: 'oral', durationMin: 5 }],
    });
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation_failed');
    expect((error as AppError).details?.map((d) => d.path)).toEqual([
      'weightKg',
      'doses.0.durationMin',
    ]);
    expect((attempt({ ...regimen, untilMin: 10080, stepMin: 0.01 }) as AppError).code).toBe(
      'validation_failed',
    );
    expect(
      (attempt({ ...regimen, doses: [{ atMin: 0, mg: 0, route: 'oral' }] }) as AppError).code,
    ).toBe('validation_failed');
    expect(
      (attempt({ ...regimen, doses: [{ atMin: 0, mg: 1, route: 'smoked' }] }) as AppError).code,
    ).toBe('validation_failed');
    expect((attempt('nonsense') as AppError).code).toBe('validation_failed');
  });

  it('gives an IV dose over a vanishing time as a bolus, not an infinite rate', () => {
    const regimen = { weightKg: 20, model: 'herd-racemic' as const, untilMin: 1, stepMin: 0.5 };
    const tiny = simulateRegimen({
      ...regimen,
      doses: [{ atMin: 0, mg: 0.001, route: 'intravenous', durationMin: 5e-324 }],
    });
    const bolus = simulateRegimen({
      ...regimen,
      doses: [{ atMin: 0, mg: 0.001, route: 'intravenous' }],
    });
    expect(tiny.plasmaNgPerMl.every(Number.isFinite)).toBe(true);
    expect(tiny.plasmaNgPerMl).toEqual(bolus.plasmaNgPerMl);
  });

  it('never gives negative or non-finite concentrations for any valid regimen', () => {
    const dose = fc.record({
      atMin: fc.double({ min: 0, max: 600, noNaN: true }),
      mg: fc.double({ min: 0.001, max: 10_000, noNaN: true }),
      route: fc.constantFrom(...routeIds),
      durationMin: fc.option(fc.double({ min: 0, max: 300, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.record({
          weightKg: fc.double({ min: 20, max: 300, noNaN: true }),
          model: fc.constantFrom(
            'herd-racemic',
            'domino',
            'perez-ruixo-esketamine',
            'fanta-esketamine',
          ),
          doses: fc.array(dose, { maxLength: 6 }),
          untilMin: fc.double({ min: 1, max: 1500, noNaN: true }),
          stepMin: fc.double({ min: 0.5, max: 30, noNaN: true }),
        }),
        (raw) => {
          const input = {
            ...raw,
            stepMin: Math.min(raw.stepMin, raw.untilMin),
            doses: raw.doses.map((d) =>
              d.route === 'intravenous' ? d : { ...d, durationMin: undefined },
            ),
          };
          const result = simulateRegimen(input);
          for (const series of [
            result.plasmaNgPerMl,
            result.amountInBodyMg,
            result.band.p5NgPerMl,
            result.band.p95NgPerMl,
          ]) {
            for (const value of series) {
              expect(Number.isFinite(value)).toBe(true);
              expect(value).toBeGreaterThanOrEqual(0);
            }
          }
          result.band.p5NgPerMl.forEach((low, i) =>
            expect(low).toBeLessThanOrEqual(result.band.p95NgPerMl[i] ?? NaN),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
