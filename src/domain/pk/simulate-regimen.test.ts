import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { compartmentModels } from './compartment-models.js';
import type { CompartmentModel, ModelId } from './compartment-models.js';
import { createGridStepper, stateAt } from './exact-stepper.js';
import { buildSystem, inputEvents, planDoses } from './linear-system.js';
import type { DoseInput } from './linear-system.js';
import { simulateRk4 } from './rk4-reference.js';
import { routeIds, routes } from './routes.js';
import type { RouteId } from './routes.js';
import { concentrationAt, simulateRegimen } from './simulate-regimen.js';

function gridCurve({
  model = compartmentModels.domino,
  weightKg = 70,
  doses,
  stepMin,
  pointCount,
}: {
  model?: CompartmentModel;
  weightKg?: number;
  doses: DoseInput[];
  stepMin: number;
  pointCount: number;
}) {
  const plan = planDoses({ model, doses });
  const system = buildSystem({ model, weightKg, plan });
  const events = inputEvents({ plan });
  const exact = new Float64Array(pointCount);
  createGridStepper({ system, events, stepMin }).fill({
    concentrationsNgPerMl: exact,
    count: pointCount,
  });
  return { plan, system, events, exact };
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

const regimensForRk4: { name: string; model: ModelId; doses: DoseInput[] }[] = [
  {
    name: 'an intravenous bolus and a later insufflated dose',
    model: 'domino',
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
    name: 'every absorbed route at off-grid times',
    model: 'domino',
    doses: [
      { atMin: 0.4, mg: 30, route: 'intramuscular' },
      { atMin: 10.25, mg: 100, route: 'oral' },
      { atMin: 33.3, mg: 50, route: 'sublingual' },
      { atMin: 61.9, mg: 40, route: 'rectal' },
      { atMin: 80.1, mg: 56, route: 'esketamine-nasal' },
      { atMin: 95.5, mg: 20, route: 'subcutaneous' },
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
    const f = routes.oral.pathways[0]?.bioavailability.value ?? 0;
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
    const f = routes[route].pathways.reduce((sum, p) => sum + p.bioavailability.value, 0);
    for (const tMin of [15, 60, 600]) {
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
      const f = routes[route].pathways.reduce((sum, p) => sum + p.bioavailability.value, 0);
      expect(auc(route) / auc('intravenous')).toBeCloseTo(f, 3);
    },
  );

  const timeToPeakCases = routeIds
    .filter((route) => routes[route].timeToPeakMin !== null)
    .map((route) => ({
      route,
      model:
        route === 'esketamine-nasal' ? ('perez-ruixo-esketamine' as const) : ('domino' as const),
    }));
  it.each(timeToPeakCases)(
    'peaks after $route inside the published range ($model model)',
    ({ route, model }) => {
      const { exact } = gridCurve({
        model: compartmentModels[model],
        doses: [{ atMin: 0, mg: 50, route }],
        stepMin: 0.1,
        pointCount: 2001,
      });
      const range = routes[route].timeToPeakMin;
      const tMax = peakOf(exact).index * 0.1;
      expect(tMax).toBeGreaterThanOrEqual(range?.low ?? Infinity);
      expect(tMax).toBeLessThanOrEqual(range?.high ?? -Infinity);
    },
  );

  it('reproduces the end of a 0.5 mg/kg 40-minute infusion within the model error it states', () => {
    // Published: about 185 ng/mL at the end (Zanos 2018). The Domino model, built from
    // anaesthetic doses, gives about 240 ng/mL: 30% higher. The model notes say so, and the
    // published value sits at the low edge of the 5th–95th percentile band.
    const result = simulateRegimen({
      weightKg: 70,
      doses: [{ atMin: 0, mg: 35, route: 'intravenous', durationMin: 40 }],
      untilMin: 60,
      stepMin: 1,
    });
    const end = result.plasmaNgPerMl[40] ?? NaN;
    expect(end).toBeGreaterThan(235);
    expect(end).toBeLessThan(245);
    expect(end / 185).toBeGreaterThan(1.2);
    expect(end / 185).toBeLessThan(1.35);
    expect(result.notes.join(' ')).toMatch(/about 30% higher/);
    expect(result.band.p5NgPerMl[40]).toBeLessThan(185 * 1.1);
    expect(result.peak.timeMin).toBe(40);
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
          model: fc.constantFrom('domino', 'perez-ruixo-esketamine', 'fanta-esketamine'),
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
