import {
  checkInteractions,
  interactionLevels,
  findSubstanceClass,
  resolveSubstance,
  type InteractionCheck,
  type InteractionPair,
} from '../../interactions/index.js';
import { dosesInLastHours, type History, type PreparedDose } from '../history.js';
import { isoDateOfDayNumber } from '../local-date.js';
import type { RiskFlag, RiskSeverity } from '../types.js';

/**
 * Combinations logged with ketamine in the last 48 hours, checked with the interaction data
 * (every pair, depressants stacking). Severity:
 * - dangerous or unsafe (or two depressants stacked): urgent when the dose was taken within
 *   the last 6 hours, warning after that. While the substances are still acting, the danger
 *   is happening now (vomiting while unconscious, slowed breathing: reference/interactions.md),
 *   so the flag says what to watch for and when to call emergency services; after that it is
 *   a warning about repeating it. 6 hours is estimated: ketamine acts for 1–2 hours with 1–2
 *   hours of after-effects (TripSit factsheet), and alcohol and many opioids act longer.
 * - caution: advice.
 * - names the data does not know: info, because unknown is never shown as safe.
 */

export const COMBINATION_LOOKBACK_HOURS = 48;
/** estimated, see above */
export const COMBINATION_ACTIVE_HOURS = 6;

const HOUR_MS = 3_600_000;

type Finding = { dose: PreparedDose; check: InteractionCheck };

export function detectRiskyCombination(history: History): RiskFlag[] {
  const findings: Finding[] = [];
  for (const dose of dosesInLastHours(history, COMBINATION_LOOKBACK_HOURS)) {
    const names = dose.coUse.map((coUse) => coUse.substance).filter((name) => name.trim() !== '');
    if (names.length === 0) continue;
    findings.push({ dose, check: checkInteractions(['ketamine', ...names]) });
  }
  const flags: RiskFlag[] = [];
  const dangerous = latest(findings.filter((finding) => isDangerous(finding.check)));
  const caution = latest(findings.filter((finding) => finding.check.overall === 'caution'));
  if (dangerous) flags.push(dangerousFlag(history, dangerous));
  else if (caution) flags.push(cautionFlag(caution));

  const unknown = [...new Set(findings.flatMap((finding) => finding.check.unknown))];
  if (unknown.length > 0) {
    flags.push({
      code: 'combination-unknown',
      severity: 'info',
      params: { names: unknown },
      source: 'Ketalog combination data (TripSit, PsychonautWiki, Ketalar label)',
      articleSlug: 'combinations',
    });
  }
  return flags;
}

function isDangerous(check: InteractionCheck): boolean {
  return check.overall === 'dangerous' || check.overall === 'unsafe' || check.stackedDepressants;
}

function latest(findings: Finding[]): Finding | undefined {
  return findings.at(-1);
}

/** The other substances of the mix: their ids in the data, then names we do not know. */
function substancesWithKetamine(finding: Finding): string[] {
  const names = finding.check.resolved
    .map((entry) => entry.substance)
    .filter((name) => name !== 'ketamine');
  return [...names, ...finding.check.unknown];
}

const pairOf = (pair: InteractionPair | undefined) => (pair ? { a: pair.a, b: pair.b } : null);

function sourcesOf(check: InteractionCheck): string {
  const titles = new Set(check.pairs.flatMap((pair) => pair.sources.map((source) => source.title)));
  return titles.size > 0 ? [...titles].join('; ') : 'Ketalog combination data';
}

function dangerousFlag(history: History, finding: Finding): RiskFlag {
  const active = history.nowMs - finding.dose.ms <= COMBINATION_ACTIVE_HOURS * HOUR_MS;
  const severity: RiskSeverity = active ? 'urgent' : 'warning';
  const worstPair = worstOf(finding.check.pairs);
  // A mix without a depressant (MDMA with an MAOI, say) has its own danger and its own steps.
  const pairSteps =
    worstPair !== undefined && !finding.check.stackedDepressants && !involvesDepressant(worstPair);
  return {
    code: 'dangerous-combination',
    severity,
    params: {
      active,
      substances: substancesWithKetamine(finding),
      pair: pairOf(worstPair),
      stackedDepressants: finding.check.stackedDepressants,
      pairSteps,
    },
    source: sourcesOf(finding.check),
    articleSlug: 'combinations',
    lastEventDate: isoDateOfDayNumber(finding.dose.day),
  };
}

function worstOf(pairs: InteractionPair[]): InteractionPair | undefined {
  const rank = (pair: InteractionPair) => interactionLevels.indexOf(pair.level);
  const risky = pairs.filter((pair) => pair.level === 'dangerous' || pair.level === 'unsafe');
  return risky.sort((a, b) => rank(a) - rank(b))[0];
}

function involvesDepressant(pair: InteractionPair): boolean {
  return [pair.a, pair.b].some((name) => {
    const classId = resolveSubstance(name)?.class;
    return classId !== undefined && findSubstanceClass(classId)?.tags?.includes('depressant');
  });
}

function cautionFlag(finding: Finding): RiskFlag {
  const pair = finding.check.pairs.find((candidate) => candidate.level === 'caution');
  return {
    code: 'combination-caution',
    severity: 'advice',
    params: { substances: substancesWithKetamine(finding), pair: pairOf(pair) },
    source: sourcesOf(finding.check),
    articleSlug: 'combinations',
    lastEventDate: isoDateOfDayNumber(finding.dose.day),
  };
}
