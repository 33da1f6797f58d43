export {
  countStreaks,
  countStreakDays,
  MONEY_BASELINE_DAYS,
  type StreakInput,
  type StreakDayInput,
  type StreakUse,
  type Streaks,
} from './count-streaks.js';
export { MILESTONE_DAYS, milestonesOf, type Milestones } from './milestones.js';
