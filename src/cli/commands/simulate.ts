import { AppError } from '../../domain/errors.js';
import { simulateRegimen, type SimulationResult } from '../../domain/pk/index.js';
import { exitCodes, type CliCommand } from '../command.js';
import { parseCommandArgs } from '../parse-command-args.js';

export const simulateCommand: CliCommand = {
  name: 'simulate',
  summary: 'Estimate ketamine blood levels over time from a dosing regimen (never a dosing guide)',
  usage: 'ketalog simulate --input regimen.json [--json]',
  run: async (args, io) => {
    const parsed = parseCommandArgs({
      config: {
        args,
        options: { input: { type: 'string' }, json: { type: 'boolean', default: false } },
      },
      io,
      usage: simulateCommand.usage,
    });
    if (!parsed) return exitCodes.badInput;
    const { values } = parsed;
    if (values.input === undefined) {
      io.stderr(`Give the regimen file with --input. Usage: ${simulateCommand.usage}`);
      return exitCodes.badInput;
    }
    let text: string;
    try {
      text = await io.readTextFile(values.input);
    } catch {
      io.stderr(`Cannot read the regimen file "${values.input}".`);
      return exitCodes.badInput;
    }
    let regimen: unknown;
    try {
      regimen = JSON.parse(text);
    } catch (error) {
      io.stderr(
        `The regimen file "${values.input}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
      return exitCodes.badInput;
    }
    let result: SimulationResult;
    try {
      result = simulateRegimen(regimen);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const details = (error.details ?? []).map((d) => `${d.path || '(regimen)'}: ${d.message}`);
      io.stderr(`${error.message}: ${details.join('; ')}`);
      return exitCodes.badInput;
    }
    io.stdout(values.json ? JSON.stringify(result) : formatSummary(result));
    return exitCodes.ok;
  },
};

function formatMinutes(totalMin: number): string {
  const rounded = Math.round(totalMin);
  const hours = Math.floor(rounded / 60);
  const minutes = rounded % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

function formatSummary(result: SimulationResult): string {
  const lines = [
    `Estimated plasma level (${result.model.label}, ${result.model.weightKg} kg)`,
    `Model: ${result.model.id}, ${result.model.reasonText}.`,
    `How close the model is: ${result.model.errorText}`,
    `Highest: about ${Math.round(result.peak.ngPerMl)} ng/mL, ${formatMinutes(result.peak.timeMin)} after the start.`,
  ];
  for (const band of result.landmarks) {
    const range = `${band.label} range (${band.lowerNgPerMl}–${band.upperNgPerMl} ng/mL)`;
    if (!band.reached) lines.push(`Never reaches the ${range}.`);
    else if (band.fallsBelowAtMin === null) {
      lines.push(`Still at or above the ${range} at the end of the simulated time.`);
    } else {
      lines.push(
        `Below the ${range} from about ${formatMinutes(band.fallsBelowAtMin)} after the start.`,
      );
    }
  }
  lines.push('', ...chart(result), '');
  lines.push(
    'This is an estimate, never a guide to how much to take. The model cannot know the purity of',
    'what was taken, your tolerance, or how your body differs from the average person.',
    `Uncertainty: ${result.band.assumption}`,
    ...result.notes.slice(1).map((note) => `Note: ${note}`),
  );
  return lines.join('\n');
}

const chartWidth = 60;
const chartHeight = 12;

/** A small plain-text chart of the typical curve ('*') with the effect band lower edges ('-'). */
function chart(result: SimulationResult): string[] {
  const values = result.plasmaNgPerMl;
  const top = Math.max(result.peak.ngPerMl, 1);
  const rows = Array.from({ length: chartHeight }, () =>
    Array.from({ length: chartWidth }, () => ' '),
  );
  const rowOf = (ngPerMl: number) =>
    chartHeight -
    1 -
    Math.min(chartHeight - 1, Math.floor((ngPerMl / top) * (chartHeight - 1) + 0.5));
  const edges = result.landmarks.filter((band) => band.lowerNgPerMl <= top);
  for (const band of edges) rows[rowOf(band.lowerNgPerMl)]?.fill('-');
  for (let column = 0; column < chartWidth; column += 1) {
    const from = Math.floor((column * values.length) / chartWidth);
    const to = Math.max(from + 1, Math.floor(((column + 1) * values.length) / chartWidth));
    const highest = Math.max(...values.slice(from, to));
    const row = rows[rowOf(highest)];
    if (row) row[column] = '*';
  }
  const label = (r: number) => {
    const edge = edges.find((band) => rowOf(band.lowerNgPerMl) === r);
    if (r === 0) return `${Math.round(top)} ng/mL`;
    if (r === chartHeight - 1) return '0';
    return edge ? `${edge.lowerNgPerMl} ${edge.label}` : '';
  };
  const lastMin = result.timesMin[result.timesMin.length - 1] ?? 0;
  return [
    ...rows.map((row, r) => `|${row.join('')}| ${label(r)}`),
    `0${' '.repeat(chartWidth - 1)}${formatMinutes(lastMin)}`,
  ];
}
