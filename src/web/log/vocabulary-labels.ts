import type { InteractionLevel } from '../../domain/interactions/index.js';
import type { CravingTool } from '../../domain/log/vocabulary.js';
import type {
  DosePurpose,
  PlanGoal,
  Route,
  WithdrawalSymptom,
} from '../../domain/log/vocabulary.js';
import type { RiskSeverity } from '../../domain/risk/types.js';
import type { MessageKey } from '../i18n/t.js';

/** Message keys of the fixed vocabularies, typed so a new value without a label fails tsc. */

export const routeLabels: Record<Route, MessageKey> = {
  insufflated: 'log.route.insufflated',
  oral: 'log.route.oral',
  sublingual: 'log.route.sublingual',
  intramuscular: 'log.route.intramuscular',
  intravenous: 'log.route.intravenous',
  subcutaneous: 'log.route.subcutaneous',
  rectal: 'log.route.rectal',
  'esketamine-nasal': 'log.route.esketamineNasal',
};

export const purposeLabels: Record<DosePurpose, MessageKey> = {
  recreational: 'log.purpose.recreational',
  treatment: 'log.purpose.treatment',
  'self-medication': 'log.purpose.selfMedication',
};

export const symptomLabels: Record<WithdrawalSymptom, MessageKey> = {
  anxiety: 'log.symptom.anxiety',
  insomnia: 'log.symptom.insomnia',
  paranoia: 'log.symptom.paranoia',
  headache: 'log.symptom.headache',
  nausea: 'log.symptom.nausea',
  sweating: 'log.symptom.sweating',
  'muscle-pain': 'log.symptom.musclePain',
  fatigue: 'log.symptom.fatigue',
  'poor-appetite': 'log.symptom.poorAppetite',
  tremor: 'log.symptom.tremor',
  chills: 'log.symptom.chills',
  'fast-heartbeat': 'log.symptom.fastHeartbeat',
  nightmares: 'log.symptom.nightmares',
  'low-mood': 'log.symptom.lowMood',
};

export const severityLabels: Record<RiskSeverity, MessageKey> = {
  urgent: 'log.severity.urgent',
  warning: 'log.severity.warning',
  advice: 'log.severity.advice',
  info: 'log.severity.info',
};

export const goalLabels: Record<PlanGoal, MessageKey> = {
  stop: 'log.goal.stop',
  'cut-down': 'log.goal.cutDown',
  'safer-use': 'log.goal.saferUse',
};

export const levelLabels: Record<InteractionLevel, MessageKey> = {
  dangerous: 'log.level.dangerous',
  unsafe: 'log.level.unsafe',
  caution: 'log.level.caution',
  unknown: 'log.level.unknown',
  'low-risk-synergy': 'log.level.lowRiskSynergy',
  'low-risk-no-synergy': 'log.level.lowRiskNoSynergy',
  'low-risk-decrease': 'log.level.lowRiskDecrease',
};

/** Short words for a grid cell; the full label is in the pair's details. */
export const levelShortLabels: Record<InteractionLevel, MessageKey> = {
  dangerous: 'log.level.dangerous',
  unsafe: 'log.level.unsafe',
  caution: 'log.level.caution',
  unknown: 'log.levelShort.unknown',
  'low-risk-synergy': 'log.levelShort.lowRisk',
  'low-risk-no-synergy': 'log.levelShort.lowRisk',
  'low-risk-decrease': 'log.levelShort.lowRisk',
};

export const cravingToolLabels: Record<CravingTool, MessageKey> = {
  'urge-surfing': 'log.craving.tool.urgeSurfing',
  'paced-breathing': 'log.craving.tool.pacedBreathing',
  grounding: 'log.craving.tool.grounding',
  reasons: 'log.craving.tool.reasons',
  'call-someone': 'log.craving.tool.callSomeone',
};

/** Symptom severity 0–3 as words. */
export const symptomLevelLabels: MessageKey[] = [
  'log.level0',
  'log.level1',
  'log.level2',
  'log.level3',
];
