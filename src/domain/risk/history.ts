import { dayNumberOfIsoDate, isoDateOfDayNumber } from './local-date.js';
import { localDayNumberer } from './local-day-numberer.js';
import type {
  CoUse,
  DosePurpose,
  RiskCheckIn,
  RiskInput,
  RiskPlan,
  RiskQuestionnaireResult,
  Route,
} from './types.js';

/**
 * The input prepared once per evaluation, so that every rule reads sorted arrays and
 * local day numbers (days since 1970-01-01 in the person's time zone) instead of
 * re-sorting or re-formatting dates.
 */

export type PreparedDose = {
  id: string;
  ms: number;
  day: number;
  mg: number;
  route: Route;
  purpose: DosePurpose | undefined;
  coUse: CoUse[];
};

export type History = {
  nowMs: number;
  today: number;
  todayIso: string;
  timeZone: string;
  /** All doses, oldest first (times after `now` count as `now`). */
  doses: PreparedDose[];
  /** Self-directed doses (purpose not 'treatment'), oldest first: what counts as "use". */
  useDoses: PreparedDose[];
  /** Distinct local days with self-directed use, ascending. */
  useDays: number[];
  /** mgBeforeUseDay[i] = total mg on useDays[0..i-1]; one longer than useDays. */
  mgBeforeUseDay: number[];
  /** Check-ins, oldest first. */
  checkIns: RiskCheckIn[];
  /** Local day number of each check-in, parallel to `checkIns`. */
  checkInDays: number[];
  questionnaireResults: RiskQuestionnaireResult[];
  plan: RiskPlan | undefined;
};

/**
 * Doses prescribed and given in treatment are left out of "use": a clinician set the amount
 * and schedule, so they are not a sign of escalation, bingeing or a lapse. They still count
 * for combinations.
 */
export function isSelfDirected(dose: { purpose?: DosePurpose | undefined }): boolean {
  return dose.purpose !== 'treatment';
}

export function prepareHistory(input: RiskInput): History {
  const nowMs = input.now.getTime();
  const dayOf = localDayNumberer(input.timeZone);
  const today = dayOf(nowMs);

  const doses: PreparedDose[] = input.doses.map((dose) => {
    const ms = Math.min(dose.takenAt.getTime(), nowMs);
    return {
      id: dose.id,
      ms,
      day: dayOf(ms),
      mg: dose.mg,
      route: dose.route,
      purpose: dose.purpose,
      coUse: dose.coUse,
    };
  });
  doses.sort((a, b) => a.ms - b.ms);
  const useDoses = doses.filter(isSelfDirected);

  const useDays: number[] = [];
  const mgBeforeUseDay: number[] = [0];
  const addUse = (day: number, mg: number) => {
    const last = useDays.length - 1;
    if (useDays[last] === day) {
      mgBeforeUseDay[last + 1] = (mgBeforeUseDay[last + 1] ?? 0) + mg;
    } else {
      useDays.push(day);
      mgBeforeUseDay.push((mgBeforeUseDay[last + 1] ?? 0) + mg);
    }
  };
  // Earlier days come before the doses' window; a day the window's edge splits adds up.
  const earlier = (input.earlierUse ?? [])
    .map((use) => ({ day: dayNumberOfIsoDate(use.date), mg: use.mg }))
    .sort((a, b) => a.day - b.day);
  let next = 0;
  for (const dose of useDoses) {
    while (next < earlier.length && earlier[next]!.day <= dose.day) {
      addUse(earlier[next]!.day, earlier[next]!.mg);
      next += 1;
    }
    addUse(dose.day, dose.mg);
  }
  for (; next < earlier.length; next += 1) addUse(earlier[next]!.day, earlier[next]!.mg);

  const { checkIns, checkInDays } = sortCheckIns(input.checkIns);

  const questionnaireResults = [...input.questionnaireResults].sort(
    (a, b) => a.takenAt.getTime() - b.takenAt.getTime(),
  );

  return {
    nowMs,
    today,
    todayIso: isoDateOfDayNumber(today),
    timeZone: input.timeZone,
    doses,
    useDoses,
    useDays,
    mgBeforeUseDay,
    checkIns,
    checkInDays,
    questionnaireResults,
    plan: input.plan,
  };
}

/** Check-ins oldest first with their day numbers; copying objects is avoided on purpose
 * (spreading 1,100 check-ins cost more than the whole rest of an evaluation). */
function sortCheckIns(input: readonly RiskCheckIn[]) {
  const days = input.map((checkIn) => dayNumberOfIsoDate(checkIn.date));
  const order = days.map((_, index) => index);
  if (!days.every((day, index) => index === 0 || (days[index - 1] ?? day) <= day)) {
    order.sort((a, b) => (days[a] ?? 0) - (days[b] ?? 0));
  }
  return {
    checkIns: order.map((index) => input[index] as RiskCheckIn),
    checkInDays: order.map((index) => days[index] ?? 0),
  };
}

/** Index of the first element >= value in an ascending array. */
export function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? Infinity) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export type UseWindow = { useDays: number; mg: number; windowDays: number };

/** Use days and total mg of self-directed use on local days fromDay..toDay inclusive. */
export function useInDays(history: History, fromDay: number, toDay: number): UseWindow {
  const start = lowerBound(history.useDays, fromDay);
  const end = lowerBound(history.useDays, toDay + 1);
  const mg = (history.mgBeforeUseDay[end] ?? 0) - (history.mgBeforeUseDay[start] ?? 0);
  return { useDays: Math.max(0, end - start), mg, windowDays: toDay - fromDay + 1 };
}

/** Use in the last `days` local days, today included. */
export function useInLastDays(history: History, days: number): UseWindow {
  return useInDays(history, history.today - days + 1, history.today);
}

/** Check-ins dated within the last `days` local days, today included. */
export function checkInsInLastDays(history: History, days: number): RiskCheckIn[] {
  const start = lowerBound(history.checkInDays, history.today - days + 1);
  const end = lowerBound(history.checkInDays, history.today + 1);
  return history.checkIns.slice(start, end);
}

/** Index of the first dose at or after `fromMs` in doses sorted oldest first. */
export function firstDoseIndexFrom(doses: readonly PreparedDose[], fromMs: number): number {
  let low = 0;
  let high = doses.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((doses[middle]?.ms ?? Infinity) < fromMs) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Doses (all by default) taken within the last `hours` before now, oldest first. */
export function dosesInLastHours(
  history: History,
  hours: number,
  doses: readonly PreparedDose[] = history.doses,
): PreparedDose[] {
  return doses.slice(firstDoseIndexFrom(doses, history.nowMs - hours * 3_600_000));
}
