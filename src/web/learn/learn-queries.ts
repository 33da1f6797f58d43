import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/client.js';
import { useClient } from '../api/client-context.js';
import { queryKeys } from '../api/query-keys.js';

/** The hooks of the knowledge base: its articles and its search. */

export function useArticles() {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.articles,
    queryFn: () => client.articles(),
    staleTime: 5 * 60_000,
  });
}

/** One article; a missing one (404) is not asked for again. */
export function useArticle(slug: string) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.article(slug),
    queryFn: () => client.article(slug),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

/** Search results for a question; idle while it is empty. */
export function useArticleSearch(text: string) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.search(text),
    queryFn: () => client.searchArticles(text),
    enabled: text !== '',
  });
}
