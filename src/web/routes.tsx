import type { ReactNode } from 'react';
import type { Account } from '../domain/accounts/account.js';
import { AuthPage } from './pages/AuthPage.js';
import { GetHelpPage } from './pages/GetHelpPage.js';
import { LevelsPage } from './pages/LevelsPage.js';
import { ArticlePage } from './pages/ArticlePage.js';
import { FamilyPage } from './pages/FamilyPage.js';
import { LearnPage } from './pages/LearnPage.js';
import { TreatmentPage } from './pages/TreatmentPage.js';
import { MyTreatmentPage } from './pages/MyTreatmentPage.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { ForgotPasswordPage, ResetFromLinkPage } from './pages/ResetPasswordPage.js';
import { TodayPage } from './pages/TodayPage.js';
import { CombinationsPage } from './pages/CombinationsPage.js';
import { DataPage } from './pages/DataPage.js';
import { HistoryPage } from './pages/HistoryPage.js';
import { PlanPage } from './pages/PlanPage.js';
import { SelfCheckPage } from './pages/SelfCheckPage.js';
import { SelfCheckQuestionnairePage } from './pages/SelfCheckQuestionnairePage.js';
import { PrivateSettingsPage } from './private/PrivateSettingsPage.js';
import { SupportingPage } from './pages/SupportingPage.js';
import { SharingForThisMode } from './private/SnapshotSharingPage.js';
import { lazyPage } from './lazy-page.js';

/** The clinic area is for clinicians only: its code loads when it is opened. */
const ClinicPage = lazyPage(() => import('./pages/ClinicPage.js').then((page) => page.ClinicPage));
const ClinicClientPage = lazyPage(() =>
  import('./pages/ClinicClientPage.js').then((page) => page.ClinicClientPage),
);
const ClinicOutcomesPage = lazyPage(() =>
  import('./pages/ClinicOutcomesPage.js').then((page) => page.ClinicOutcomesPage),
);
const SnapshotPage = lazyPage(() =>
  import('./clinic/SnapshotPage.js').then((page) => page.SnapshotPage),
);

export type RouteContext = { account: Account | null; params: Record<string, string> };

/** The app's pages. `path` may hold `:name` segments, handed to `render` as params. */
export type PageRoute = {
  path: string;
  render: (context: RouteContext) => ReactNode;
  /** Shown at once, before the account is known (Get help must not wait for the API). */
  beforeAccount?: true;
};

/** Wraps a page that needs an account: a signed-out visitor sees the sign-in form. */
export function signedIn(render: (context: RouteContext & { account: Account }) => ReactNode) {
  return ({ account, params }: RouteContext) =>
    account ? render({ account, params }) : <AuthPage key="sign-in" mode="sign-in" />;
}

export const pageRoutes: PageRoute[] = [
  { path: '/', render: ({ account }) => <TodayPage account={account} /> },
  { path: '/sign-in', render: () => <AuthPage key="sign-in" mode="sign-in" /> },
  { path: '/sign-up', render: () => <AuthPage key="sign-up" mode="sign-up" /> },
  { path: '/forgot-password', render: () => <ForgotPasswordPage /> },
  { path: '/reset-password', render: () => <ResetFromLinkPage /> },
  { path: '/settings', render: signedIn(({ account }) => <SettingsPage account={account} />) },
  { path: '/history', render: signedIn(({ account }) => <HistoryPage account={account} />) },
  { path: '/self-check', render: ({ account }) => <SelfCheckPage account={account} /> },
  {
    path: '/self-check/:id',
    render: ({ account, params }) => (
      <SelfCheckQuestionnairePage key={params.id} id={params.id ?? ''} account={account} />
    ),
  },
  { path: '/plan', render: signedIn(({ account }) => <PlanPage account={account} />) },
  { path: '/combinations', render: () => <CombinationsPage /> },
  { path: '/sharing', render: signedIn(() => <SharingForThisMode />) },
  { path: '/supporting', render: signedIn(() => <SupportingPage />) },
  { path: '/clinic', render: signedIn(() => <ClinicPage />) },
  { path: '/clinic/outcomes', render: signedIn(() => <ClinicOutcomesPage />) },
  {
    path: '/clinic/clients/:id',
    render: signedIn(({ params }) => (
      <ClinicClientPage key={params.id} clientId={params.id ?? ''} />
    )),
  },
  {
    path: '/clinic/snapshot/:id',
    render: signedIn(({ params }) => <SnapshotPage key={params.id} id={params.id ?? ''} />),
  },
  { path: '/data', render: signedIn(() => <DataPage />) },
  { path: '/private', render: signedIn(() => <PrivateSettingsPage />) },
  {
    path: '/levels',
    render: ({ account }) => <LevelsPage account={account} />,
  },
  { path: '/learn', render: () => <LearnPage /> },
  {
    path: '/learn/:slug',
    render: ({ params }) => <ArticlePage key={params.slug} slug={params.slug ?? ''} />,
  },
  { path: '/family', render: ({ account }) => <FamilyPage account={account} /> },
  { path: '/treatment', render: ({ account }) => <TreatmentPage account={account} /> },
  {
    path: '/my-treatment',
    render: signedIn(({ account }) => <MyTreatmentPage account={account} />),
  },
  {
    path: '/help',
    render: ({ account }) => <GetHelpPage account={account} />,
    beforeAccount: true,
  },
];

/** Finds the route for a path and the values of its `:name` segments. */
export function matchRoute(
  path: string,
): { route: PageRoute; params: Record<string, string> } | undefined {
  const parts = path.split('/').filter(Boolean);
  for (const route of pageRoutes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((segment, index) => {
      const part = parts[index]!;
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(part);
        return true;
      }
      return segment === part;
    });
    if (matches) return { route, params };
  }
  return undefined;
}
