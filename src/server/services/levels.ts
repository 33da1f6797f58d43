import { buildLevels, levelsLookBackMin } from '../../domain/pk/build-levels.js';
import { regimenLimits } from '../../domain/pk/index.js';
import type { Levels, LevelsQuery } from '../../domain/pk/pk-api.js';
import { listDoses } from '../../db/repositories/doses.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';

const minuteMs = 60_000;

/** The signed-in person's estimated levels from their logged doses (see buildLevels). */
export async function getLevels(
  ctx: DataContext,
  subject: Subject,
  query: LevelsQuery,
): Promise<Levels> {
  const now = ctx.now();
  const rows = await listDoses(ctx.db, subject.userId, {
    from: new Date(now.getTime() - levelsLookBackMin * minuteMs),
    to: now,
    limit: regimenLimits.maxDoses,
  });
  return buildLevels({
    now,
    doses: rows.map((row) => ({ takenAt: row.taken_at, mg: row.mg, route: row.route })),
    profileWeightKg: subject.weightKg,
    timeZone: subject.timeZone,
    whatIf:
      query.whatIfMg !== undefined && query.whatIfRoute && query.whatIfInMin !== undefined
        ? { mg: query.whatIfMg, route: query.whatIfRoute, inMin: query.whatIfInMin }
        : null,
  });
}
