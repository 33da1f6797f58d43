import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../domain/i18n/catalogue.js';
import { getQuestionnaire, questionnaireResultWords } from '../../domain/questionnaires/index.js';
import { migrateToLatest, openPortablePglite, type DatabaseHandle } from '../portable-db.js';
import storedBefore from './fixtures/questionnaire-results-before-0007.json' with { type: 'json' };
import { migrationProvider } from './index.js';

/**
 * Rows as the scorer stored them before 0007 (its words, written out by that scorer for each
 * band and flag), converted by the migration: the words the ids give must be the words the
 * person saw then.
 */
describe('migration 0007: questionnaire results as ids', () => {
  let handle: DatabaseHandle;
  const english = catalogue('en');

  beforeAll(async () => {
    handle = await openPortablePglite({});
    const migrator = new Migrator({ db: handle.db, provider: migrationProvider });
    const { error } = await migrator.migrateTo('0006-idempotency-keys');
    if (error) throw error;
    const user = await sql<{ id: string }>`
      insert into users (email, password_hash) values ('old@example.org', 'x') returning id
    `.execute(handle.db);
    const userId = user.rows[0]?.id;
    for (const row of storedBefore) {
      await sql`
        insert into questionnaire_responses (user_id, questionnaire_id, answers, result)
        values (${userId}, ${row.questionnaireId}, cast(${JSON.stringify(row.answers)} as jsonb),
                cast(${JSON.stringify(row.result)} as jsonb))
      `.execute(handle.db);
    }
    await migrateToLatest(handle.db);
  });

  afterAll(async () => {
    await handle.close();
  });

  it('keeps the score and words every stored result the same as before', async () => {
    const rows = await handle.db
      .selectFrom('questionnaire_responses')
      .selectAll()
      .orderBy('taken_at')
      .execute();
    expect(rows).toHaveLength(storedBefore.length);
    for (const row of rows) {
      // Each stored example has its own answers.
      const before = storedBefore.find(
        (old) =>
          old.questionnaireId === row.questionnaire_id &&
          JSON.stringify(old.answers) === JSON.stringify(row.answers),
      );
      expect(before, `${row.questionnaire_id} ${row.band_id}`).toBeDefined();
      if (!before) continue;
      const definition = getQuestionnaire(row.questionnaire_id);
      if (!definition) throw new Error(`no ${row.questionnaire_id}`);
      const flags = row.flag_codes.map((code) => ({
        code,
        severity: definition.flagRules.find((rule) => rule.code === code)?.severity ?? 'info',
      }));
      const words = questionnaireResultWords(
        definition,
        { bandId: row.band_id, nextStepId: row.next_step_id, flags },
        english,
      );
      expect(row.score).toBe(before.result.score);
      expect(words.bandLabel).toBe(before.result.band.label);
      expect(words.nextStep).toBe(before.result.band.nextStep);
      expect(words.flags).toEqual(before.result.flags);
    }
  });

  it('tells the AUDIT-C bands for women, for men and for either apart', async () => {
    const rows = await handle.db
      .selectFrom('questionnaire_responses')
      .select(['band_id', 'next_step_id'])
      .where('questionnaire_id', '=', 'audit-c')
      .execute();
    expect(rows.map((row) => row.band_id).sort()).toEqual([
      'negative-men',
      'negative-women',
      'positive',
      'positive-for-women',
      'positive-women',
    ]);
    expect(new Set(rows.map((row) => row.next_step_id))).toEqual(new Set(['negative', 'positive']));
  });

  it('drops the stored sentences', async () => {
    const columns = await sql<{ column_name: string }>`
      select column_name from information_schema.columns
      where table_name = 'questionnaire_responses'
    `.execute(handle.db);
    expect(columns.rows.map((column) => column.column_name)).not.toContain('result');
  });
});
