import { AppError } from '../../domain/errors.js';
import {
  getQuestionnaire,
  questionnaireResultWords,
  questionnaires,
  scoreQuestionnaire,
  type QuestionnaireDefinition,
  type QuestionnaireResult,
  type ScoringContext,
} from '../../domain/questionnaires/index.js';
import { cliMessages } from '../cli-messages.js';
import { exitCodes, type CliCommand } from '../command.js';
import { parseCommandArgs } from '../parse-command-args.js';

const knownIds = questionnaires.map((q) => q.id).join(', ');

export const scoreCommand: CliCommand = {
  name: 'score',
  summary: 'Score a self-check questionnaire (PHQ-9, GAD-7, AUDIT-C, SDS, DSM-5 self-check)',
  usage: `ketalog score <${knownIds.replaceAll(', ', '|')}> --answers 1,2,0,… [--sex male|female] [--json]`,
  run: async (args, io) => {
    const parsed = parseCommandArgs({
      config: {
        args,
        allowPositionals: true,
        options: {
          answers: { type: 'string' },
          sex: { type: 'string' },
          json: { type: 'boolean', default: false },
        },
      },
      io,
      usage: scoreCommand.usage,
    });
    if (!parsed) return exitCodes.badInput;
    const { positionals, values } = parsed;
    const [id, ...extra] = positionals;
    if (id === undefined || extra.length > 0) {
      io.stderr(`Give exactly one questionnaire id (${knownIds}). Usage: ${scoreCommand.usage}`);
      return exitCodes.badInput;
    }
    const definition = getQuestionnaire(id);
    if (!definition) {
      io.stderr(`Unknown questionnaire "${id}". Known: ${knownIds}.`);
      return exitCodes.badInput;
    }
    if (values.answers === undefined) {
      io.stderr(
        `Give the answers in question order, e.g. --answers ${definition.items.map(() => 0).join(',')}`,
      );
      return exitCodes.badInput;
    }
    const context: ScoringContext =
      values.sex === undefined ? {} : { sex: values.sex as ScoringContext['sex'] };
    let result: QuestionnaireResult;
    try {
      result = scoreQuestionnaire(definition, parseAnswerList(values.answers), context);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.stderr(error.message);
      return exitCodes.badInput;
    }
    io.stdout(values.json ? JSON.stringify(result, null, 2) : formatResult(definition, result));
    return exitCodes.ok;
  },
};

/** "1, 2,0" → [1, 2, 0]; anything that is not a number is passed on for the scorer to refuse. */
function parseAnswerList(text: string): unknown[] {
  return text.split(',').map((part) => {
    const trimmed = part.trim();
    return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
  });
}

function formatResult(definition: QuestionnaireDefinition, result: QuestionnaireResult): string {
  const { t, number } = cliMessages;
  const words = questionnaireResultWords(definition, result, cliMessages);
  const urgent = words.flags.filter((flag) => flag.severity === 'urgent');
  const others = words.flags.filter((flag) => flag.severity !== 'urgent');
  const lines: string[] = [];
  if (urgent.length > 0) {
    for (const flag of urgent) lines.push(t('cli.score.urgent', { message: flag.message }));
    lines.push(t('cli.score.emergency'), '');
  }
  lines.push(
    t('cli.score.total', {
      questionnaire: definition.shortTitle,
      score: number(result.score),
      maxScore: number(result.maxScore),
      band: words.bandLabel,
    }),
    t('cli.score.meaning', { meaning: words.meaning }),
    t('cli.score.nextStep', { nextStep: words.nextStep }),
  );
  for (const flag of others) {
    const severity = t(`log.severity.${flag.severity}`).toLocaleUpperCase(cliMessages.locale);
    lines.push(t('cli.score.flag', { severity, message: flag.message }));
  }
  lines.push('', words.notADiagnosis);
  return lines.join('\n');
}
