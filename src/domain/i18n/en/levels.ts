/** Messages of the levels pages. */
export const levelsMessagesEn = {
  'levels.intro':
    'An estimate of how much ketamine is probably in your blood, from the doses you logged in the last 48 hours.',
  'levels.introSignedOut':
    'An estimate of how much ketamine would probably be in the blood after some doses. Sign in to see an estimate from your own log.',
  'levels.notAGuide': 'This is an estimate, never a guide to how much to take.',
  'levels.loading': 'Estimating…',
  'levels.signIn': 'Sign in to see your own levels',

  'levels.band.analgesic': 'pain-relief',
  'levels.band.dissociative': 'dissociative',
  'levels.band.anaesthetic': 'anaesthetic',
  'levels.band.none': 'below all ranges',
  'levels.legend.band': '{band} range: {low}–{high} ng/mL',
  'levels.legend.typical': 'Estimated level for a typical person',
  'levels.legend.range': 'Likely range for most people (5th to 95th percentile)',
  'levels.legend.now': 'Now',
  'levels.legend.withoutRedose': 'Without the redose',
  'levels.legend.withRedose': 'With the redose',
  'levels.bandsSource':
    'Effect ranges: Zanos et al. 2018, Pharmacological Reviews; Krystal et al. 1994; Bowdle et al. 1998.',

  'levels.model.title': 'How this estimate was made',
  'levels.model.used': 'Estimated with the {model}: {why}',
  'levels.model.why.racemic':
    'the usual model for ketamine, because it matches blood levels measured in published studies after injected, snorted, swallowed and sublingual doses.',
  'levels.model.why.esketamine':
    'chosen because every dose is esketamine nasal spray, and this model was built from people using it.',
  'levels.model.why.named': 'the model that was asked for.',
  'levels.model.why.mixedLog':
    'your doses mix esketamine nasal spray with other ketamine, and one curve can use only one model. The ketamine model is used, so the esketamine doses are probably estimated too high.',
  'levels.model.error':
    'How close it is: in {arms} published studies the typical curve was within about ±{percent}% of what was measured, and never more than {largest} times off. Your own level can differ much more.',
  'levels.model.unchecked':
    'This model has not been checked against our set of published studies, so we cannot say how close it is.',

  'levels.now.above': 'Probably in or above the {band} range until about {time}.',
  'levels.now.aboveLong': 'Probably in or above the {band} range for at least the next 12 hours.',
  'levels.now.below': 'Probably below all effect ranges now.',
  'levels.now.level': 'Estimated level now: about {ngPerMl} ng/mL.',
  'levels.noDoses': 'You have not logged any doses in the last 48 hours.',
  'levels.weightAssumed':
    'Your weight is not in your profile, so 70 kg is assumed. Add your weight in Settings for a closer estimate.',
  'levels.weightUsed': 'Estimated for a body weight of {kg} kg (from your profile).',
  'levels.skipped':
    'Some logged doses could not be included: the model has no data for their route.',

  'levels.chart.label':
    'Chart of the estimated ketamine blood level over time, with the effect ranges shaded. The table below gives the same figures.',
  'levels.table.show': 'Show the figures as a table',
  'levels.table.caption': 'Estimated blood level every 30 minutes',
  'levels.table.time': 'Time',
  'levels.table.level': 'Estimated level (ng/mL)',
  'levels.table.range': 'Likely range (ng/mL)',
  'levels.table.band': 'Effect range',
  'levels.table.now': '{time} (now)',

  'levels.cannotKnow.title': 'What this estimate cannot know',
  'levels.cannotKnow.purity':
    'How pure the ketamine was. Street ketamine is often cut or mis-sold, so the real amount can be much higher or lower than logged.',
  'levels.cannotKnow.tolerance':
    'Your tolerance. Regular use changes how strongly a level is felt, not how much is in the blood.',
  'levels.cannotKnow.individual':
    'How your body differs from the average. The shaded band shows where most people would be; some people fall outside it.',
  'levels.cannotKnow.others':
    'Other substances. Alcohol, benzodiazepines, GHB or GBL and opioids add to the sedation and make breathing problems far more likely at any level.',
  'levels.cannotKnow.logged': 'Anything not logged, or logged with the wrong time or amount.',

  'levels.whatIf.title': 'What would a redose do?',
  'levels.whatIf.intro':
    'See what another dose would add to what is probably still in your blood. This is a warning, not a suggestion to take more.',
  'levels.whatIf.mg': 'Amount (mg)',
  'levels.whatIf.route': 'Route',
  'levels.whatIf.when': 'When',
  'levels.whatIf.show': 'Show what it would do',
  'levels.whatIf.clear': 'Remove the redose',
  'levels.when.0': 'now',
  'levels.when.30': 'in 30 minutes',
  'levels.when.60': 'in 1 hour',
  'levels.when.120': 'in 2 hours',
  'levels.when.240': 'in 4 hours',
  'levels.warning.anaesthetic':
    'A redose {when} would probably put you in the anaesthetic range, where breathing problems and K-holes happen.',
  'levels.warning.dissociative':
    'A redose {when} would probably put you in the dissociative range, where confusion, falls and accidents are more likely.',
  'levels.warning.analgesic':
    'A redose {when} would keep ketamine in your blood for longer, stacking on what is already there.',
  'levels.warning.belowRanges':
    'A redose {when} would stack on what is already in your blood, even if the estimate stays below the effect ranges.',
  'levels.warning.until':
    'You would probably stay in or above the {band} range until about {time}.',
  'levels.warning.someCould': 'For some people it could reach the anaesthetic range.',
  'levels.warning.mixing':
    'With alcohol or other depressants the risk of breathing problems rises steeply.',
  'levels.warning.learnMore': 'Read about redosing and the K-hole',
  'levels.warning.help': 'Get help now',

  'levels.sim.title': 'Try the simulator',
  'levels.sim.intro':
    'Enter doses as if the first were taken now. The estimate is for a typical person of the weight you give.',
  'levels.sim.weight': 'Body weight (kg)',
  'levels.sim.dose': 'Dose {n}',
  'levels.sim.mg': 'Amount (mg)',
  'levels.sim.route': 'Route',
  'levels.sim.atMin': 'Minutes after the first dose',
  'levels.sim.add': 'Add a redose',
  'levels.sim.remove': 'Remove dose {n}',
  'levels.sim.run': 'Estimate',
  'levels.sim.reaches':
    'These doses would probably reach the {band} range and stay in or above it until about {time}.',
  'levels.sim.reachesLong':
    'These doses would probably reach the {band} range and stay in or above it for more than 12 hours after the last dose.',
  'levels.sim.below': 'These doses would probably stay below all effect ranges.',
  'levels.sim.mixed':
    'Esketamine nasal spray and other ketamine each have their own model, and one estimate can use only one. Estimate them separately.',
  'levels.sim.warning.anaesthetic':
    'This would probably reach the anaesthetic range, where breathing problems and K-holes happen.',
  'levels.sim.warning.dissociative':
    'This would probably reach the dissociative range, where confusion, falls and accidents are more likely.',
} as const;
