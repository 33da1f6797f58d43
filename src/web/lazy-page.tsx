import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { t } from './i18n/t.js';

/** Once a lazily loaded page is in, its heading takes the focus, as any page's does. */
function FocusHeading() {
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, []);
  return null;
}

/**
 * A page whose code is fetched the first time it opens, so that what only some people use
 * (the clinic area, settings, private mode) does not weigh on everyone's first load.
 */
export function lazyPage<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage(props: Props) {
    return (
      <Suspense fallback={<p>{t('common.loading')}</p>}>
        <Page {...props} />
        <FocusHeading />
      </Suspense>
    );
  };
}
