/**
 * How pressing a flag is, most pressing first. Risk flags and questionnaire flags share the
 * list, so both are shown and sorted the same way.
 */
export const SEVERITIES = ['urgent', 'warning', 'advice', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** For sort(): the most pressing flag first. */
export function bySeverity(a: { severity: Severity }, b: { severity: Severity }): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
}
