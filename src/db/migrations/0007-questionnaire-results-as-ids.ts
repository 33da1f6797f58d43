import { sql, type Kysely } from 'kysely';

/**
 * Questionnaire results were stored as English sentences (band label, meaning, next step,
 * flag messages). They become the score and ids — band, next step, flag codes — so any
 * client words them in its own language. Existing rows are converted from the stored words:
 * a band's id is its label in kebab case; AUDIT-C's sex-specific bands (same labels,
 * meanings naming one sex's cut-off) get '-men' or '-women'; PHQ-9's self-harm flag has its
 * own next step; AUDIT-C's bands share two next steps, 'negative' and 'positive'.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('questionnaire_responses')
    .addColumn('score', 'integer')
    .addColumn('band_id', 'text')
    .addColumn('next_step_id', 'text')
    .addColumn('flag_codes', 'jsonb')
    .execute();

  await sql`
    with old as (
      select
        id,
        questionnaire_id,
        (result ->> 'score')::integer as score,
        trim(both '-' from regexp_replace(lower(result -> 'band' ->> 'label'), '[^a-z0-9]+', '-', 'g')) as label_id,
        result -> 'band' ->> 'meaning' as meaning,
        coalesce(
          (select jsonb_agg(flag -> 'code') from jsonb_array_elements(result -> 'flags') as flag),
          '[]'::jsonb
        ) as flag_codes
      from questionnaire_responses
    ),
    converted as (
      select
        id,
        questionnaire_id,
        score,
        flag_codes,
        case
          when questionnaire_id = 'audit-c' and label_id in ('negative', 'positive')
            and meaning ~ 'for men (\\(|is )' and meaning !~ 'women' then label_id || '-men'
          when questionnaire_id = 'audit-c' and label_id in ('negative', 'positive')
            and meaning ~ 'for women (\\(|is )' then label_id || '-women'
          else label_id
        end as band_id
      from old
    )
    update questionnaire_responses as response
    set
      score = converted.score,
      band_id = converted.band_id,
      flag_codes = converted.flag_codes,
      next_step_id = case
        when converted.questionnaire_id = 'phq-9' and converted.flag_codes @> '["self-harm"]'
          then 'self-harm'
        when converted.questionnaire_id = 'audit-c' then split_part(converted.band_id, '-', 1)
        else converted.band_id
      end
    from converted
    where response.id = converted.id
  `.execute(db);

  await db.schema
    .alterTable('questionnaire_responses')
    .alterColumn('score', (col) => col.setNotNull())
    .alterColumn('band_id', (col) => col.setNotNull())
    .alterColumn('next_step_id', (col) => col.setNotNull())
    .alterColumn('flag_codes', (col) => col.setNotNull())
    .dropColumn('result')
    .execute();
}
