export {
  countStreaks,
  countStreakDays,
  MONEY_BASELINE_DAYS,
  type StreakInput,
  type StreakDayInput,
  type StreakUse,
  type Streaks,
} from './count-streaks.js';
