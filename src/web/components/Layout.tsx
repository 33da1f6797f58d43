import type { ReactNode } from 'react';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';
import type { MessageKey } from '../i18n/t.js';
import { AccountMenu } from './AccountMenu.js';

const navItems: Array<{ href: string; label: MessageKey }> = [
  { href: '/', label: 'nav.today' },
  { href: '/history', label: 'nav.history' },
  { href: '/self-check', label: 'nav.selfCheck' },
  { href: '/plan', label: 'nav.plan' },
  { href: '/sharing', label: 'nav.sharing' },
  { href: '/levels', label: 'nav.levels' },
  { href: '/combinations', label: 'nav.combinations' },
  { href: '/learn', label: 'nav.learn' },
  { href: '/help', label: 'nav.help' },
];

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="top-bar">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <Link href="/help" className="help-now" data-testid="get-help-now">
          {t('help.now')}
        </Link>
        <AccountMenu />
      </header>
      <nav aria-label={t('nav.label')} className="main-nav">
        <ul>
          {navItems.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{t(item.label)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
