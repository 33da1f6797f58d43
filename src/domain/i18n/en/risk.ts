/**
 * The words of the risk flags, by flag code (risk/flag-words.ts fills them from each flag's
 * parameters). Sources stay with the flag itself, as published.
 */
export const riskMessagesEn = {
  'risk.doses.one': '{count} dose',
  'risk.doses.other': '{count} doses',
  'risk.mg': '{mg} mg',

  'risk.binge.title': 'Redosing: {doses} within {hours} hours',
  'risk.binge.why':
    'You logged {doses} within {hours} hours. Each redose stacks on the last before it has worn off, which raises the risk of a K-hole, overdose and bladder harm.',
  'risk.binge.whyLargeTotal':
    'You logged {doses} within {hours} hours, adding up to a large amount. Each redose stacks on the last before it has worn off, which raises the risk of a K-hole, overdose and bladder harm.',
  'risk.binge.action':
    'Decide on a limit before a session and leave the rest out of reach. Check your estimated levels before redosing, and never use alone.',

  'risk.bloodInUrine.title': 'Blood in your urine: get seen today',
  'risk.bloodInUrine.why':
    'Blood in the urine can be a sign of serious bladder or kidney damage from ketamine.',
  'risk.bloodInUrine.action':
    'Get seen by a doctor today: contact your urgent care service (in the UK, NHS 111), or call your emergency number if you also cannot pass urine or have severe pain. Tell them you use ketamine.',

  'risk.severeLowerBellyPain.title': 'Severe lower-belly pain: get seen today',
  'risk.severeLowerBellyPain.why':
    'Severe pain low in the belly ("K-cramps") can mean serious bladder damage.',
  'risk.severeLowerBellyPain.action':
    'Get seen by a doctor today: contact your urgent care service (in the UK, NHS 111), or call your emergency number if you cannot pass urine. Tell them you use ketamine.',

  'risk.bladderSymptoms.title': 'Bladder symptoms: see a GP soon',
  'risk.bladderSymptoms.why':
    'In the last 2 weeks you noted {items}. These are the most common signs of ketamine bladder damage (frequency in 77%, urgency in 70%, pain in 60% of patients).',
  'risk.bladderSymptoms.action':
    'See a GP soon and say you use ketamine. Stopping or cutting down is the main treatment, and symptoms often improve with time off.',
  'risk.bladderItem.frequency': 'needing to pass urine often',
  'risk.bladderItem.urgency': 'sudden urges to pass urine',
  'risk.bladderItem.painPassingUrine': 'pain passing urine',
  'risk.bladderItem.lowerBellyPain': 'lower-belly pain',

  'risk.bloodPressureCrisis.title': 'Very high blood pressure',
  'risk.bloodPressureCrisis.why':
    'You logged {systolic}/{diastolic} mmHg. At 180/120 or above, blood pressure is dangerously high, and ketamine raises it further.',
  'risk.bloodPressureCrisis.action':
    'Measure again after resting for 5 minutes. If it is still this high, or you have chest pain, a severe headache, vision changes or weakness, call your emergency number now.',
  'risk.bloodPressure.unknownHalf': '?',

  'risk.bloodPressureHigh.title': 'Blood pressure high more than once',
  'risk.bloodPressureHigh.why':
    '{readings} of your readings in the last 2 weeks were 140/90 mmHg or above. Ketamine raises blood pressure, and long-term use is linked with high blood pressure.',
  'risk.bloodPressureHigh.action':
    'See a GP or pharmacist for a blood pressure check soon, and mention ketamine.',

  'risk.cravingRising.title': 'Craving has been stronger this week',
  'risk.cravingRising.why':
    'Your craving averaged {recent} out of 10 this week, up from {previous} the week before. Craving comes in waves; noticing a rise early helps.',
  'risk.cravingRising.action':
    'Try "Craving now" on Today when it hits, look at your plan for your triggers and reasons, and think about talking to a GP or drug service.',

  'risk.goalProgress.titleNewCount': 'Your plan to {goal}: a new count starts tomorrow',
  'risk.goalProgress.titleStreak': 'Your plan to {goal}: {days} without ketamine',
  'risk.goalProgress.started': 'Your plan started on {date}.',
  'risk.goalProgress.longest': 'Your longest stretch is {days} — that still counts.',
  'risk.goalProgress.moneyNotSpent': 'About {amount} not spent.',
  'risk.goalProgress.actionAfterLapse':
    'A lapse is part of many recoveries, not a failure. Look at what led to it and start the count again today.',
  'risk.goalProgress.action':
    'Keep going: look at your reasons and the people you can call when it gets hard.',
  'risk.goal.stop': 'stop',
  'risk.goal.cut-down': 'cut down',
  'risk.goal.safer-use': 'use more safely',

  'risk.heavyAmount.title': 'A large amount for this route',
  'risk.heavyAmount.why':
    'You logged {amount} ({route}). A large amount for this route raises the risk of a K-hole and overdose: being unable to move or call for help, choking on vomit, injuries and slowed breathing, worse with alcohol or other depressants.',
  'risk.heavyAmount.whyWithOthers':
    'You logged {amount} ({route}) and {others} this week. A large amount for this route raises the risk of a K-hole and overdose: being unable to move or call for help, choking on vomit, injuries and slowed breathing, worse with alcohol or other depressants.',
  'risk.heavyAmount.others.one': '{count} other large dose',
  'risk.heavyAmount.others.other': '{count} other large doses',
  'risk.heavyAmount.action':
    'Never use alone; have someone sober with you who knows to put you in the recovery position and call emergency services if you cannot be woken or breathe slowly.',
  'risk.route.insufflated': 'insufflated',
  'risk.route.oral': 'oral',
  'risk.route.sublingual': 'sublingual',
  'risk.route.intramuscular': 'intramuscular',
  'risk.route.intravenous': 'intravenous',
  'risk.route.subcutaneous': 'subcutaneous',
  'risk.route.rectal': 'rectal',
  'risk.route.esketamine-nasal': 'esketamine-nasal',

  'risk.lastUse.titleToday': 'You used today',
  'risk.lastUse.title': '{days} since you last used',
  'risk.lastUse.why': 'Counted in your local days from the doses you logged.',
  'risk.lastUse.actionToday':
    'Before using again today, check your levels and avoid mixing with alcohol or other depressants.',
  'risk.lastUse.action': 'Every day without use lets tolerance fall and the bladder recover.',

  'risk.combinationUnknown.title': 'Some substances could not be checked',
  'risk.combinationUnknown.why': 'We have no data for: {names}. Unknown does not mean safe.',
  'risk.combinationUnknown.action':
    'Check the spelling, or ask a pharmacist or drug service how it mixes with ketamine. Until then treat the mix as risky.',

  'risk.dangerousCombination.titleActive': 'Dangerous mix in your system now',
  'risk.dangerousCombination.title': 'Dangerous mix logged in the last 2 days',
  'risk.combination.loggedWith': 'You logged ketamine with {substances}.',
  'risk.dangerousCombination.whatWithoutData':
    'These can slow breathing and cause unconsciousness with vomiting.',
  'risk.dangerousCombination.stacked':
    'More than one depressant stacks, so together they are more dangerous than any single pair.',
  'risk.dangerousCombination.activeFirstSteps':
    'Do not take more of anything, and stay with someone sober.',
  'risk.dangerousCombination.actionActive':
    'Do not take more of anything. Stay with someone sober. If anyone cannot be woken, breathes slowly or has blue lips, call emergency services now and put them on their side in the recovery position.',
  'risk.dangerousCombination.action':
    'Avoid mixing ketamine with alcohol, opioids, GHB or other depressants. If it happens again, never be alone: have someone sober with you who knows the recovery position.',

  'risk.combinationCaution.title': 'A mix that needs caution',
  'risk.combinationCaution.action':
    'Avoid redosing, do not use alone, and have someone sober with you.',

  'risk.selfHarm.title': 'You are not alone: talk to someone now',
  'risk.selfHarm.whyCheckIn':
    'You told us in a recent check-in that you have had thoughts of harming yourself or of being better off dead. These thoughts can come with low mood and withdrawal, and help works.',
  'risk.selfHarm.whyPhq9':
    'You told us in your PHQ-9 that you have had thoughts of harming yourself or of being better off dead. These thoughts can come with low mood and withdrawal, and help works.',
  'risk.selfHarm.action':
    'Call or text a crisis line now: the lines for your country are right here, one tap each. If you might act on these thoughts or are in danger, call your emergency number or go to an emergency department.',

  'risk.escalatingUse.title': 'Your use is going up',
  'risk.escalatingUse.whyAmount':
    'Your log shows about {recentAmount} per use day in the last 2 weeks, against {baselineAmount} in the 4 weeks before. Needing more for the same effect is a sign of tolerance and one of the clearest signs of dependence.',
  'risk.escalatingUse.whyFrequency':
    'Your log shows {recentDays} use days a week recently, against {baselineDays} before. Needing more for the same effect is a sign of tolerance and one of the clearest signs of dependence.',
  'risk.escalatingUse.whyBoth':
    'Your log shows about {recentAmount} per use day in the last 2 weeks, against {baselineAmount} in the 4 weeks before, and {recentDays} use days a week recently, against {baselineDays} before. Needing more for the same effect is a sign of tolerance and one of the clearest signs of dependence.',
  'risk.escalatingUse.action':
    'Consider a break of at least 1–2 weeks so tolerance can reset, and talk to a GP or drug service about cutting down.',

  'risk.useDays.title': 'Used on {days} of the last 7 and {monthDays} of the last 28',
  'risk.useDays.why':
    'On the days you used in the last 28 days you logged about {amount} a day. Tolerance builds quickly with frequent use.',
  'risk.useDays.action': 'Days off in a row let tolerance fall; it halves in 3–7 days without use.',

  'risk.withdrawalAcute.title': 'Day {day} without ketamine: withdrawal can peak now',
  'risk.withdrawalAcute.why':
    'After regular use the first 4–5 days are the hardest. Common are anxiety, trouble sleeping, low mood, tiredness, poor appetite, sweating, shaking, headache and craving; low mood can come with thoughts of self-harm.',
  'risk.withdrawalAcute.whyLogged':
    'After regular use the first 4–5 days are the hardest. Common are anxiety, trouble sleeping, low mood, tiredness, poor appetite, sweating, shaking, headache and craving; low mood can come with thoughts of self-harm. You logged {symptoms}.',
  'risk.withdrawalAcute.action':
    'Withdrawal is best supported by a GP or drug service. Rest, eat and drink, and keep people close. If you have thoughts of harming yourself, call a crisis line now.',
  'risk.symptom.anxiety': 'anxiety',
  'risk.symptom.insomnia': 'trouble sleeping',
  'risk.symptom.paranoia': 'paranoia',
  'risk.symptom.headache': 'headache',
  'risk.symptom.nausea': 'nausea',
  'risk.symptom.sweating': 'sweating',
  'risk.symptom.muscle-pain': 'muscle pain',
  'risk.symptom.fatigue': 'tiredness',
  'risk.symptom.poor-appetite': 'poor appetite',
  'risk.symptom.tremor': 'shaking',
  'risk.symptom.chills': 'chills',
  'risk.symptom.fast-heartbeat': 'a fast heartbeat',
  'risk.symptom.nightmares': 'nightmares',
  'risk.symptom.low-mood': 'low mood',

  'risk.toleranceReset.title': '{days} without ketamine',
  'risk.toleranceReset.why':
    'Tolerance halves in 3–7 days and is gone in 1–2 weeks without use, so an amount you were used to would now hit much harder. Craving and low mood can come and go for weeks.',
  'risk.toleranceReset.action':
    'If craving hits, use your plan and coping tools. If you do use again, do not use alone, and do not go back to your old amounts.',
} as const;
