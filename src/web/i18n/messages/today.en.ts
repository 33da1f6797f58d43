/** Today's action row, time since the last dose, plan progress and time words. */
export const todayMessagesEn = {
  'time.days.one': '{count} day',
  'time.days.other': '{count} days',
  'time.hours.one': '{count} hour',
  'time.hours.other': '{count} hours',
  'time.minutes.one': '{count} minute',
  'time.minutes.other': '{count} minutes',
  'settings.timeZoneMatches.one': '{count} time zone matches',
  'settings.timeZoneMatches.other': '{count} time zones match',
  'log.dose.timeHintDevice':
    'Time on this device ({zone}). Your profile uses {profileZone}; change it below if you need.',
  'log.dose.zone': 'Time zone of this time',
  'log.dose.zoneDevice': 'This device: {zone}',
  'log.dose.zoneProfile': 'Your profile: {zone}',
  'log.dose.clockSkipped':
    'The clocks went forward at this time, so it did not exist on that day. Which did you mean?',
  'log.dose.clockRepeated':
    'The clocks went back at this time, so it happened twice that night. Which one was it?',
  'log.dose.clockChangeChoose': 'Choose which time you mean (the clocks changed that night).',
  'log.dose.unusual.title': 'Is this right?',
  'log.dose.unusual.farAbove':
    '{mg} mg is much more than this log usually holds for this route. Please check the amount and the unit (mg, not µg).',
  'log.dose.unusual.below1mg':
    '{mg} mg is less than 1 mg. Please check the amount and the unit (mg, not g).',
  'log.dose.unusual.longAgo': 'This date is more than a year ago. Please check the year.',
  'log.dose.unusual.confirm': 'Yes, this is right: save it',
  'plan.progress.planDays.one': '{count} day in your plan',
  'plan.progress.planDays.other': '{count} days in your plan',
  'plan.progress.sinceLastUse.one': '{count} day since you last used',
  'plan.progress.sinceLastUse.other': '{count} days since you last used',
  'plan.progress.currentStreak.one': 'Current streak: {count} day',
  'plan.progress.currentStreak.other': 'Current streak: {count} days',
  'plan.progress.longestStreak.one': 'Longest streak: {count} day',
  'plan.progress.longestStreak.other': 'Longest streak: {count} days',
  'plan.progress.moneyNeedsUsual':
    'To see money not spent, add how much you usually used in a week before your plan.',
  'plan.milestones.title': 'Milestones',
  'plan.milestones.reached': '(reached)',
  'plan.milestones.toNext.one': '{count} day to go to your next milestone: {next}.',
  'plan.milestones.toNext.other': '{count} days to go to your next milestone: {next}.',
  'plan.currency': 'Currency of that price',
  'plan.currencyNone': 'Not set',
  'plan.usualGrams': 'Grams you usually used in a week before your plan (optional)',
  'plan.usualGramsHint':
    'Used only to work out money not spent. Without it, the log of the 4 weeks before your start date is used.',
} as const;
