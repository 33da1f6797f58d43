import { t } from '../i18n/t.js';

/** What the estimate cannot know (purity, tolerance, other substances), shown under every Levels chart. */
export function LevelsCaveats() {
  return (
    <section aria-labelledby="levels-cannot-know">
      <h2 id="levels-cannot-know">{t('levels.cannotKnow.title')}</h2>
      <ul>
        <li>{t('levels.cannotKnow.purity')}</li>
        <li>{t('levels.cannotKnow.tolerance')}</li>
        <li>{t('levels.cannotKnow.individual')}</li>
        <li>{t('levels.cannotKnow.others')}</li>
        <li>{t('levels.cannotKnow.logged')}</li>
      </ul>
      <p>
        <strong>{t('levels.notAGuide')}</strong>
      </p>
    </section>
  );
}
