import { useState, type FormEvent } from 'react';
import type { Audience } from '../../domain/kb/article-schema.js';
import { splitSnippet } from '../../domain/kb/search-snippet.js';
import { ZSearchQuerySchema } from '../../domain/kb/kb-api.js';
import { fieldLimits } from '../../domain/validation/field-limits.js';
import type { MessageKey } from '../i18n/t.js';
import { t } from '../i18n/t.js';
import { describeError } from '../api/describe-error.js';
import { useArticles, useArticleSearch } from '../learn/learn-queries.js';
import { Link } from '../router.js';
import { useCharacterLimit } from '../components/use-character-limit.js';

const searchMaxChars = fieldLimits(ZSearchQuerySchema.shape.q).maxLength;

const groups: Array<{ audience: Audience; title: MessageKey }> = [
  { audience: 'person', title: 'learn.group.person' },
  { audience: 'family', title: 'learn.group.family' },
  { audience: 'clinician', title: 'learn.group.clinician' },
];

/** Search box, then the articles grouped by whom they are mainly written for. */
export function LearnPage() {
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const articles = useArticles();
  const search = useArticleSearch(query);
  const tooLong = useCharacterLimit(searchMaxChars, draft, undefined).error;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!tooLong) setQuery(draft.trim());
  };

  return (
    <section>
      <h1 tabIndex={-1}>{t('page.learn.title')}</h1>
      <p>{t('page.learn.body')}</p>
      <form role="search" className="learn-search" onSubmit={onSubmit}>
        <label className="field">
          <span>{t('learn.searchLabel')}</span>
          <input
            type="search"
            name="q"
            value={draft}
            aria-describedby={
              tooLong ? 'learn-search-hint learn-search-error' : 'learn-search-hint'
            }
            aria-invalid={tooLong ? true : undefined}
            onChange={(event) => setDraft(event.target.value)}
          />
        </label>
        {tooLong && (
          <p className="field-error" id="learn-search-error" role="alert">
            {tooLong}
          </p>
        )}
        <p className="hint" id="learn-search-hint">
          {t('learn.searchHint')}
        </p>
        <button type="submit" className="primary">
          {t('learn.searchButton')}
        </button>
      </form>

      <div aria-live="polite">
        {query !== '' && (
          <>
            <h2>{t('learn.searchResults', { query })}</h2>
            {search.isError && <p>{describeError(search.error)}</p>}
            {search.isPending && <p>{t('common.loading')}</p>}
            {search.data?.offerChecker && (
              <p className="checker-offer" data-testid="checker-offer">
                {t('learn.checkerOffer')}{' '}
                <Link href="/combinations" className="button primary">
                  {t('learn.checkerLink')}
                </Link>
              </p>
            )}
            {search.data?.results.length === 0 && <p>{t('learn.noResults')}</p>}
            {search.data && search.data.results.length > 0 && (
              <ol className="search-results" data-testid="search-results">
                {search.data.results.map((result) => (
                  <li key={result.slug}>
                    <Link href={`/learn/${result.slug}`}>{result.title}</Link>
                    <p className="snippet">
                      {splitSnippet(result.snippet).map((part, index) =>
                        part.highlighted ? (
                          <mark key={index}>{part.text}</mark>
                        ) : (
                          <span key={index}>{part.text}</span>
                        ),
                      )}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </div>

      <ul className="learn-links">
        <li>
          <Link href="/family">{t('learn.familyLink')}</Link>
        </li>
        <li>
          <Link href="/treatment">{t('learn.treatmentLink')}</Link>
        </li>
      </ul>

      <h2>{t('learn.browse')}</h2>
      {articles.isError && <p>{describeError(articles.error)}</p>}
      {articles.isPending && <p>{t('common.loading')}</p>}
      {articles.data &&
        groups.map((group) => {
          // Each article sits under the audience it is first written for.
          const inGroup = articles.data.articles.filter(
            (article) => article.audience[0] === group.audience,
          );
          if (inGroup.length === 0) return null;
          return (
            <section key={group.audience} aria-labelledby={`learn-group-${group.audience}`}>
              <h3 id={`learn-group-${group.audience}`}>{t(group.title)}</h3>
              <ul className="article-list">
                {inGroup.map((article) => (
                  <li key={article.slug}>
                    <Link href={`/learn/${article.slug}`}>{article.title}</Link>
                    <p>{article.summary}</p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </section>
  );
}
