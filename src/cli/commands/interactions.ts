import {
  checkInteractions,
  type InteractionCheck,
  type InteractionLevel,
} from '../../domain/interactions/index.js';
import { exitCodes, type CliCommand } from '../command.js';
import { parseCommandArgs } from '../parse-command-args.js';

const levelLabels: Record<InteractionLevel, string> = {
  dangerous: 'DANGEROUS',
  unsafe: 'unsafe',
  caution: 'caution',
  unknown: 'unknown — not known to be safe',
  'low-risk-synergy': 'low risk (effects add up)',
  'low-risk-no-synergy': 'low risk (no added effect)',
  'low-risk-decrease': 'low risk (effects reduced)',
};

export const interactionsCommand: CliCommand = {
  name: 'interactions',
  summary: 'Check how substances taken together with ketamine (or each other) interact',
  usage: 'ketalog interactions <name> <name>… [--json]   (e.g. ketamine alcohol "special k" xanax)',
  run: async (args, io) => {
    const parsed = parseCommandArgs({
      config: {
        args,
        allowPositionals: true,
        options: { json: { type: 'boolean', default: false } },
      },
      io,
      usage: interactionsCommand.usage,
    });
    if (!parsed) return exitCodes.badInput;
    const names = parsed.positionals.filter((name) => name.trim() !== '');
    if (names.length === 0) {
      io.stderr(`Name at least one substance. Usage: ${interactionsCommand.usage}`);
      return exitCodes.badInput;
    }
    const result = checkInteractions(names);
    io.stdout(parsed.values.json ? JSON.stringify(result, null, 2) : formatCheck(result));
    return exitCodes.ok;
  },
};

function formatCheck(result: InteractionCheck): string {
  const lines = [`Overall: ${levelLabels[result.overall]}`];
  if (result.pairs.length > 0) {
    const rows = result.pairs.map((pair) => [
      `${pair.a} + ${pair.b}`,
      levelLabels[pair.level],
      pair.todo,
    ]);
    const header = ['COMBINATION', 'LEVEL', 'WHAT TO DO'];
    const widths = [0, 1].map((column) =>
      Math.max(...[header, ...rows].map((row) => row[column]?.length ?? 0)),
    );
    const formatRow = (row: string[]) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd();
    lines.push('', formatRow(header), ...rows.map(formatRow));
  }
  if (result.notes.length > 0) lines.push('', ...result.notes.map((note) => `Note: ${note}`));
  lines.push(
    '',
    'Sources: TripSit combinations data, PsychonautWiki, product labels and published studies; each pair lists its own with --json.',
  );
  return lines.join('\n');
}
