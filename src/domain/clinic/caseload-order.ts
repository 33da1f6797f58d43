import type { Severity } from '../severity.js';
import { CASELOAD_PRIORITIES, type CaseloadPriority } from './clinic-api.js';

/**
 * Where a client stands in the caseload: urgent flags first (the person's own risk engine
 * decides those: self-harm thoughts, blood in the urine, dangerous combinations), then
 * clients a withdrawal follow-up raises (withdrawal-follow-up.ts), then warning flags, then
 * anyone who has not checked in for `disengagedAfterDays`, then the rest. Unknown (a scope
 * not shared) never raises anyone.
 */
export function caseloadPriority(
  client: {
    worstSeverity: Severity | null;
    daysSinceLastCheckIn: number | null;
    followUpRaised: boolean;
  },
  disengagedAfterDays: number,
): CaseloadPriority {
  if (client.worstSeverity === 'urgent') return 'urgent';
  if (client.followUpRaised) return 'withdrawal-follow-up';
  if (client.worstSeverity === 'warning') return 'warning';
  if (client.daysSinceLastCheckIn !== null && client.daysSinceLastCheckIn >= disengagedAfterDays)
    return 'disengaged';
  return 'other';
}

/** Priority first; within one, the longest silence first, then by name. */
export function byCaseloadPriority(
  a: { priority: CaseloadPriority; daysSinceLastCheckIn: number | null; name: string },
  b: { priority: CaseloadPriority; daysSinceLastCheckIn: number | null; name: string },
): number {
  return (
    CASELOAD_PRIORITIES.indexOf(a.priority) - CASELOAD_PRIORITIES.indexOf(b.priority) ||
    (b.daysSinceLastCheckIn ?? -1) - (a.daysSinceLastCheckIn ?? -1) ||
    a.name.localeCompare(b.name)
  );
}
