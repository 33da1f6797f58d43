/**
 * A two-dose regimen (insufflated, then a 40-minute infusion) shared by the simulate CLI and
 * the /api/simulate route tests. No model: the app chooses it.
 */
export const issueRegimen = {
  weightKg: 70,
  doses: [
    { atMin: 0, mg: 50, route: 'insufflated' },
    { atMin: 90, mg: 35, route: 'intravenous', durationMin: 40 },
  ],
  untilMin: 360,
  stepMin: 1,
};
