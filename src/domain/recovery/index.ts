export { countStreaks, type Streaks } from './count-streaks.js';
export { MILESTONE_DAYS, milestonesOf } from './milestones.js';
