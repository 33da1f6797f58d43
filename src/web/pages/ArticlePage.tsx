import { findCitationMarkers } from '../../domain/kb/find-citation-markers.js';
import type { Article, Reference } from '../../domain/kb/article-schema.js';
import { ApiError } from '../api/client.js';
import { Markdown } from '../components/Markdown.js';
import { citationAnchor, referenceAnchor } from '../components/MarkdownInline.js';
import { t } from '../i18n/t.js';
import { describeError } from '../api/describe-error.js';
import { useArticle } from '../learn/learn-queries.js';
import { Link } from '../router.js';
import { formatReviewDate } from '../components/HelpParts.js';

/** References are numbered in the order the body first cites them. */
function citationNumbers(article: Article): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const marker of findCitationMarkers(article.body)) {
    if (marker.id !== undefined && !numbers.has(marker.id)) {
      numbers.set(marker.id, numbers.size + 1);
    }
  }
  for (const reference of article.references) {
    if (!numbers.has(reference.id)) numbers.set(reference.id, numbers.size + 1);
  }
  return numbers;
}

function referenceLink(reference: Reference): { href: string; label: string } {
  switch (reference.kind) {
    case 'doi':
      return { href: `https://doi.org/${reference.value}`, label: `doi:${reference.value}` };
    case 'pmid':
      return {
        href: `https://pubmed.ncbi.nlm.nih.gov/${reference.value}/`,
        label: `PMID ${reference.value}`,
      };
    case 'url':
      return { href: reference.value, label: new URL(reference.value).host };
  }
}

export function ArticlePage({ slug }: { slug: string }) {
  const query = useArticle(slug);

  if (query.isPending) return <p>{t('common.loading')}</p>;
  if (query.isError) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <section>
        <h1 tabIndex={-1}>{missing ? t('article.notFound') : describeError(query.error)}</h1>
        <p>
          <Link href="/learn">{t('article.back')}</Link>
        </p>
      </section>
    );
  }

  const { article } = query.data;
  const numbers = citationNumbers(article);
  const references = [...article.references].sort(
    (a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0),
  );
  return (
    <article className="article">
      <p>
        <Link href="/learn">{t('article.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{article.title}</h1>
      <p className="lead">{article.summary}</p>
      <p className="source">
        {t('article.lastReviewed', { date: formatReviewDate(article.lastReviewed) })}
      </p>
      <Markdown markdown={article.body} citations={numbers} />
      <aside className="help-reminder" aria-labelledby="article-help">
        <h2 id="article-help">{t('article.helpTitle')}</h2>
        <p>{t('article.helpText')}</p>
        <Link href="/help" className="button primary">
          {t('article.helpButton')}
        </Link>
      </aside>
      <section aria-labelledby="article-references">
        <h2 id="article-references">{t('article.references')}</h2>
        <ol className="references" data-testid="references">
          {references.map((reference) => {
            const link = referenceLink(reference);
            return (
              <li key={reference.id} id={referenceAnchor(reference.id)} tabIndex={-1}>
                {reference.citation}{' '}
                <a href={link.href} rel="noopener noreferrer">
                  {link.label}
                </a>{' '}
                <a href={`#${citationAnchor(reference.id)}`} className="back-to-text">
                  {t('article.backToText')}
                </a>
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
