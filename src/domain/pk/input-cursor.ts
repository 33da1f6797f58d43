import type { InputEvents } from './linear-system.js';

/** Walks the sorted inputs of a regimen: puts doses into compartments, tracks the infusion rate. */
export type InputCursor = { next: number; rateMgPerMin: number; activeInfusions: number };

export function createInputCursor(): InputCursor {
  return { next: 0, rateMgPerMin: 0, activeInfusions: 0 };
}

/** Time of the next input not yet applied, or Infinity. */
export function nextInputMin(events: InputEvents, cursor: InputCursor): number {
  return cursor.next < events.timesMin.length ? events.timesMin[cursor.next]! : Infinity;
}

/** Applies every input at or before tMin (+ epsilonMin, so grid rounding does not split instants). */
export function applyInputsUntil({
  events,
  cursor,
  state,
  tMin,
  epsilonMin,
}: {
  events: InputEvents;
  cursor: InputCursor;
  state: Float64Array;
  tMin: number;
  epsilonMin: number;
}): void {
  while (nextInputMin(events, cursor) <= tMin + epsilonMin) {
    const i = cursor.next;
    const compartment = events.compartments[i]!;
    if (compartment >= 0) state[compartment]! += events.amountsMg[i]!;
    const change = events.rateChangesMgPerMin[i]!;
    if (change !== 0) {
      cursor.activeInfusions += change > 0 ? 1 : -1;
      // Adding and removing rates leaves rounding residue; no infusion running means exactly 0.
      cursor.rateMgPerMin = cursor.activeInfusions === 0 ? 0 : cursor.rateMgPerMin + change;
    }
    cursor.next += 1;
  }
}
