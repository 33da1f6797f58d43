import { z } from 'zod';
import { safeText } from '../../domain/input-schemas.js';
import { createClinicIn, loadConfig, renewJoinCodeIn } from '../../server/index.js';
import { exitCodes, type CliCommand, type CliIo } from '../command.js';

const usage = [
  'ketalog clinic create "<name>" [--json]   a new clinic and the code its clinicians join with',
  'ketalog clinic join-code <clinicId>       a new join code (the old one stops working)',
  '(same database settings as serve; on the embedded database run it while the app is stopped)',
].join('\n       ');

const ZClinicNameSchema = safeText(120).min(1, 'give the clinic a name');
const ZClinicIdSchema = z.uuid('a clinic id looks like 3f2b…-…, as "clinic create" printed it');

function refuse(io: CliIo, message: string): number {
  io.stderr(`${message}\nUsage: ${usage}`);
  return exitCodes.badInput;
}

function printCode(io: CliIo, result: { clinicId: string; joinCode: string }, json: boolean) {
  if (json) {
    io.stdout(JSON.stringify(result));
    return;
  }
  io.stdout(
    [
      `Clinic id: ${result.clinicId}`,
      `Join code: ${result.joinCode}`,
      'Clinicians sign in to Ketalog, open Clinic and enter the join code.',
    ].join('\n'),
  );
}

export const clinicCommand: CliCommand = {
  name: 'clinic',
  summary: 'Create a clinic and make join codes for its clinicians',
  usage,
  run: async (args, io) => {
    const json = args.includes('--json');
    const [action, value, ...extra] = args.filter((arg) => arg !== '--json');
    if (extra.length > 0 || value === undefined) return refuse(io, 'Wrong number of arguments.');
    if (action === 'create') {
      const name = ZClinicNameSchema.safeParse(value);
      if (!name.success) return refuse(io, `Clinic name: ${name.error.issues[0]!.message}.`);
      printCode(io, await createClinicIn(loadConfig(), name.data), json);
      return exitCodes.ok;
    }
    if (action === 'join-code') {
      const id = ZClinicIdSchema.safeParse(value);
      if (!id.success) return refuse(io, `Clinic id: ${id.error.issues[0]!.message}.`);
      printCode(io, await renewJoinCodeIn(loadConfig(), id.data), json);
      return exitCodes.ok;
    }
    return refuse(io, `Unknown action "${action}".`);
  },
};
