import type { ReactNode } from 'react';
import type { Account } from '../domain/accounts/account.js';
import { AuthPage } from './pages/AuthPage.js';
import { GetHelpPage } from './pages/GetHelpPage.js';
import { TodayPage } from './pages/TodayPage.js';
import { lazyPage } from './lazy-page.js';

/**
 * Pages few people open on a first visit load when they are opened, so the first load stays
 * small. Today, signing in and Get help stay in it: Get help must open at once, even offline.
 */
const LevelsPage = lazyPage(() => import('./pages/LevelsPage.js').then((page) => page.LevelsPage));
const ArticlePage = lazyPage(() =>
  import('./pages/ArticlePage.js').then((page) => page.ArticlePage),
);
const FamilyPage = lazyPage(() => import('./pages/FamilyPage.js').then((page) => page.FamilyPage));
const LearnPage = lazyPage(() => import('./pages/LearnPage.js').then((page) => page.LearnPage));
const TreatmentPage = lazyPage(() =>
  import('./pages/TreatmentPage.js').then((page) => page.TreatmentPage),
);
const MyTreatmentPage = lazyPage(() =>
  import('./pages/MyTreatmentPage.js').then((page) => page.MyTreatmentPage),
);
const SettingsPage = lazyPage(() =>
  import('./pages/SettingsPage.js').then((page) => page.SettingsPage),
);
const ForgotPasswordPage = lazyPage(() =>
  import('./pages/ResetPasswordPage.js').then((page) => page.ForgotPasswordPage),
);
const ResetFromLinkPage = lazyPage(() =>
  import('./pages/ResetPasswordPage.js').then((page) => page.ResetFromLinkPage),
);
const CombinationsPage = lazyPage(() =>
  import('./pages/CombinationsPage.js').then((page) => page.CombinationsPage),
);
const DataPage = lazyPage(() => import('./pages/DataPage.js').then((page) => page.DataPage));
const HistoryPage = lazyPage(() =>
  import('./pages/HistoryPage.js').then((page) => page.HistoryPage),
);
const PlanPage = lazyPage(() => import('./pages/PlanPage.js').then((page) => page.PlanPage));
const SelfCheckPage = lazyPage(() =>
  import('./pages/SelfCheckPage.js').then((page) => page.SelfCheckPage),
);
const SelfCheckQuestionnairePage = lazyPage(() =>
  import('./pages/SelfCheckQuestionnairePage.js').then((page) => page.SelfCheckQuestionnairePage),
);
const PrivateSettingsPage = lazyPage(() =>
  import('./private/PrivateSettingsPage.js').then((page) => page.PrivateSettingsPage),
);
const SupportingPage = lazyPage(() =>
  import('./pages/SupportingPage.js').then((page) => page.SupportingPage),
);
const SharingForThisMode = lazyPage(() =>
  import('./private/SnapshotSharingPage.js').then((page) => page.SharingForThisMode),
);

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
