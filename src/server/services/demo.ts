import { randomInt } from 'node:crypto';
import { deleteUser, findUserByEmail } from '../../db/repositories/users.js';
import { buildDemoHistory } from '../../domain/demo/demo-history.js';
import {
  ZCheckInInputSchema,
  ZDoseInputSchema,
  ZPlanInputSchema,
} from '../../domain/log/log-api.js';
import { localDate } from '../../domain/risk/local-date.js';
import { resolveSubject, type AccessScope } from '../access/gate.js';
import { signUp } from './accounts.js';
import { saveCheckIn } from './check-ins.js';
import type { ServiceContext } from './context.js';
import { createDose } from './doses.js';
import { updateProfile } from './profile.js';
import { saveResponse } from './questionnaires.js';
import { savePlan } from './recovery.js';
import { endSession } from './sessions.js';

/** `.example` is reserved (RFC 2606): no real mailbox can ever be this address. */
export const demoEmail = 'demo@ketalog.example';

const demoProfile = {
  displayName: 'Sam (demo)',
  country: 'GB',
  timeZone: 'Europe/London',
  weightKg: 70,
} as const;

const passwordWords = [
  'amber',
  'anchor',
  'birch',
  'cobalt',
  'comet',
  'delta',
  'ember',
  'fern',
  'harbour',
  'heron',
  'island',
  'juniper',
  'lantern',
  'maple',
  'meadow',
  'nectar',
  'orchid',
  'pebble',
  'quartz',
  'raven',
  'saffron',
  'tidal',
  'violet',
  'willow',
] as const;

/** Four random words and two digits: easy to type from a terminal, hard to guess. */
function demoPassword(): string {
  const words = Array.from({ length: 4 }, () => passwordWords[randomInt(passwordWords.length)]);
  return `${words.join(' ')} ${randomInt(10, 100)}`;
}

export type DemoAccount = {
  email: string;
  password: string;
  counts: { doses: number; checkIns: number; phq9: number };
};

/**
 * Creates the demo account, replacing an earlier one (and only it), with three months of
 * example history saved through the same services the API uses. Its session is signed out
 * at once: the person signs in with the printed password.
 */
export async function createDemoAccount(ctx: ServiceContext): Promise<DemoAccount> {
  const earlier = await findUserByEmail(ctx.db, demoEmail);
  if (earlier) await deleteUser(ctx.db, earlier.id);
  const password = demoPassword();
  const { account, sessionToken } = await signUp(
    ctx,
    { email: demoEmail, password },
    { device: 'ketalog demo', deviceToken: undefined },
  );
  await endSession(ctx, sessionToken);
  const person = await updateProfile(ctx, account.id, demoProfile);
  const history = buildDemoHistory(localDate(ctx.now(), demoProfile.timeZone));

  await ctx.db.transaction().execute(async (trx) => {
    const inTransaction = { ...ctx, db: trx };
    // The demo person writes their own history, through the same gate as the API.
    const as = (scope: AccessScope) => resolveSubject(inTransaction, person, person.id, scope);
    const log = await as('log');
    for (const dose of history.doses) {
      await createDose(inTransaction, log, ZDoseInputSchema.parse(dose));
    }
    const checkIns = await as('check-ins');
    for (const checkIn of history.checkIns) {
      await saveCheckIn(inTransaction, checkIns, ZCheckInInputSchema.parse(checkIn));
    }
    const selfChecks = await as('self-checks');
    for (const { date, answers } of history.phq9) {
      // Each result carries the evening it was given, not the moment the demo was made.
      const givenAt = new Date(Math.min(Date.parse(`${date}T19:30:00Z`), ctx.now().getTime()));
      await saveResponse({ ...inTransaction, now: () => givenAt }, selfChecks, 'phq-9', {
        answers,
      });
    }
    await savePlan(inTransaction, await as('plan'), ZPlanInputSchema.parse(history.plan));
  });
  return {
    email: demoEmail,
    password,
    counts: {
      doses: history.doses.length,
      checkIns: history.checkIns.length,
      phq9: history.phq9.length,
    },
  };
}
