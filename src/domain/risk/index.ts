export { evaluateRisk } from './evaluate-risk.js';
export { localDate } from './local-date.js';
export * from './types.js';
