/** What the command line prints to a person (usage and option errors stay in the commands). */
export const cliMessagesEn = {
  'cli.score.urgent': 'URGENT: {message}',
  'cli.score.emergency': 'If you are in danger now, call your local emergency number.',
  'cli.score.total': '{questionnaire}: {score} out of {maxScore} — {band}',
  'cli.score.meaning': 'What it means: {meaning}',
  'cli.score.nextStep': 'Next step: {nextStep}',
  'cli.score.flag': '{severity}: {message}',
} as const;
