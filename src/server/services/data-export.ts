import type { Account } from '../../domain/accounts/account.js';
import { listCheckIns } from '../../db/repositories/check-ins.js';
import { listDoses } from '../../db/repositories/doses.js';
import { packageVersion } from '../package-info.js';
import { toCheckIn } from './check-ins.js';
import type { ServiceContext } from './context.js';
import { toDose } from './doses.js';
import { listResponses } from './questionnaires.js';
import { getPlan, listCravings } from './recovery.js';

/** Everything stored about the person, as one JSON document (their right of access). */
export async function exportPersonData(ctx: ServiceContext, account: Account) {
  const [doses, checkIns, questionnaireResponses, plan, cravings] = await Promise.all([
    listDoses(ctx.db, account.id),
    listCheckIns(ctx.db, account.id),
    listResponses(ctx, account.id),
    getPlan(ctx, account),
    listCravings(ctx, account.id),
  ]);
  return {
    format: 'ketalog-export' as const,
    version: packageVersion,
    exportedAt: ctx.now().toISOString(),
    account,
    doses: doses.map(toDose),
    checkIns: checkIns.map(toCheckIn),
    questionnaireResponses,
    recoveryPlan: plan.plan,
    cravings,
  };
}
