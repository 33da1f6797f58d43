import { listCheckIns } from '../../db/repositories/check-ins.js';
import { listDoses } from '../../db/repositories/doses.js';
import { ketalogFileSchemaVersion } from '../../domain/data-transfer/ketalog-file.js';
import type { Subject } from '../access/gate.js';
import { getAccount } from './profile.js';
import { toCheckIn } from './check-ins.js';
import type { DataContext } from './context.js';
import { toDose } from './doses.js';
import { listResponses } from './questionnaires.js';
import { getPlan, listCravings } from './recovery.js';

/**
 * Everything stored about the person, as one JSON document (their right of access).
 * `appVersion` is passed in: the browser's private mode has no package.json to read.
 */
export async function exportPersonData(ctx: DataContext, subject: Subject, appVersion: string) {
  const [account, doses, checkIns, questionnaireResponses, plan, cravings] = await Promise.all([
    getAccount(ctx, subject.userId),
    listDoses(ctx.db, subject.userId),
    listCheckIns(ctx.db, subject.userId),
    listResponses(ctx, subject),
    getPlan(ctx, subject),
    listCravings(ctx, subject),
  ]);
  return {
    format: 'ketalog-export' as const,
    schemaVersion: ketalogFileSchemaVersion,
    version: appVersion,
    exportedAt: ctx.now().toISOString(),
    account,
    doses: doses.map(toDose),
    checkIns: checkIns.map(toCheckIn),
    questionnaireResponses,
    recoveryPlan: plan.plan,
    cravings,
  };
}
