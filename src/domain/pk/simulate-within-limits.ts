import { parseInput } from '../validation/parse-input.js';
import { ZSimulateBodySchema } from './pk-api.js';
import { simulateRegimen, type SimulationResult } from './simulate-regimen.js';

/**
 * A visitor's simulation run on the device: the same limits and the same refusals (an
 * AppError with one detail per field) as POST /api/simulate, without sending the doses.
 */
export function simulateWithinLimits(input: unknown): SimulationResult {
  return simulateRegimen(parseInput(ZSimulateBodySchema, input));
}
