// Which screen shows: first run, sign-in, or the signed-in app with the page for the current path and role. The core's
// screens are named here; each active module's come from the registry (web/src/modules/registry.ts).
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './components/error-boundary';
import { Layout, type NavItem } from './components/layout';
import { CORE_CHANGE_KINDS, LiveProvider, type ChangeKind } from './components/live';
import { ErrorNotice } from './components/notices';
import { DashboardPage } from './features/dashboard/dashboard-page';
import { DeliveriesPage } from './features/deliveries/deliveries-page';
import { SettingsPage } from './features/settings/settings-page';
import { SetupPage } from './features/sign-in/setup-page';
import { SignInPage } from './features/sign-in/sign-in-page';
import { TeamPage } from './features/team/team-page';
import { WebhookLogPage } from './features/webhook-log/webhook-log-page';
import { useActiveModules } from './modules/active';
import type { MenuEntry, ModuleScreen } from './modules/web-module';
import { Link, matchPath, useLocation } from './router';
import { PERMISSIONS } from './session/permissions';
import { useSession, useSignedIn } from './session/session';

/** The dashboard comes first in the menu; then the modules' entries; then these, the workspace's own pages. */
const DASHBOARD: ModuleScreen & MenuEntry = { path: '/', label: 'nav.dashboard', render: () => <DashboardPage /> };
const CORE_SCREENS: ReadonlyArray<ModuleScreen & MenuEntry> = [
  { path: '/webhook-log', label: 'nav.webhookLog', permission: PERMISSIONS.viewWebhookLog, render: () => <WebhookLogPage /> },
  { path: '/deliveries', label: 'nav.deliveries', permission: PERMISSIONS.viewDeliveries, render: () => <DeliveriesPage /> },
  { path: '/settings', label: 'nav.settings', permission: PERMISSIONS.manageWorkspace, render: () => <SettingsPage /> },
  { path: '/team', label: 'nav.team', permission: PERMISSIONS.manageWorkspace, render: () => <TeamPage /> },
];

function SignedInApp() {
  const { t } = useTranslation();
  const { path } = useLocation();
  const { can } = useSignedIn();
  const modules = useActiveModules();

  const screens = useMemo(() => [DASHBOARD, ...modules.flatMap((m) => m.screens), ...CORE_SCREENS], [modules]);
  const menu = [DASHBOARD, ...modules.flatMap((m) => m.menu), ...CORE_SCREENS].filter((entry) => !entry.permission || can(entry.permission));
  const nav: NavItem[] = menu.map((entry) => ({ to: entry.path, label: t(entry.label), ...(entry.group ? { group: t(entry.group) } : {}) }));
  const liveKinds = useMemo<ChangeKind[]>(() => [...CORE_CHANGE_KINDS, ...modules.flatMap((m) => m.liveKinds ?? [])], [modules]);

  let content: ReactNode = (
    <div className="notice">
      <p>{t('app.notFound')}</p>
      <Link to="/">{t('app.backToDashboard')}</Link>
    </div>
  );
  for (const screen of screens) {
    const params = matchPath(screen.path, path);
    if (!params) continue;
    content =
      screen.permission && !can(screen.permission) ? (
        <div className="notice" role="alert">
          <p>{t('app.notAllowed')}</p>
          <Link to="/">{t('app.backToDashboard')}</Link>
        </div>
      ) : (
        screen.render(params)
      );
    break;
  }
  return (
    <LiveProvider kinds={liveKinds}>
      <Layout nav={nav}>
        <ErrorBoundary resetKey={path}>{content}</ErrorBoundary>
      </Layout>
    </LiveProvider>
  );
}

export function App() {
  const { t } = useTranslation();
  const { state, retry } = useSession();
  switch (state.status) {
    case 'loading':
      return (
        <p className="splash" role="status">
          {t('app.loading')}
        </p>
      );
    case 'unreachable':
      return (
        <main className="auth" id="main">
          <ErrorNotice error={state.error} onRetry={retry} />
        </main>
      );
    case 'needs-setup':
      return <SetupPage />;
    case 'signed-out':
      return <SignInPage />;
    case 'signed-in':
      return <SignedInApp />;
  }
}
