import { useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { t } from './i18n/t.js';

const appName = t('app.name');

/** A tiny history-API router: the app has a handful of flat pages. */
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(path: string) {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  listeners.forEach((listener) => listener());
  window.scrollTo(0, 0);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function Link({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const current = usePath();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.button !== 0
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a
      href={href}
      aria-current={current === href ? 'page' : undefined}
      onClick={handleClick}
      {...rest}
    />
  );
}

/** Moves focus to the page heading after navigation, so screen readers announce it. */
export function useFocusHeadingOnNavigate(path: string) {
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [path]);
}

/**
 * Keeps the document title the page's own heading ("History – Ketalog"), so tabs, history
 * and screen readers tell pages apart. Watching the heading also catches pages whose heading
 * arrives with their data (an article's title).
 */
export function useDocumentTitleFromHeading() {
  useEffect(() => {
    const main = document.querySelector('main');
    if (!main) return;
    const update = () => {
      const heading = main.querySelector('h1')?.textContent?.trim();
      const title = heading ? `${heading} – ${appName}` : appName;
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, []);
}
