// Which screen shows: first run, sign-in, or the signed-in app with the page for the current path and role.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './components/error-boundary';
import { Layout, type NavItem } from './components/layout';
import { LiveProvider } from './components/live';
import { ErrorNotice } from './components/notices';
import { BusinessPage } from './features/crm/businesses/business-page';
import { BusinessesPage } from './features/crm/businesses/businesses-page';
import { CampaignPage } from './features/crm/campaigns/campaign-page';
import { CampaignsPage } from './features/crm/campaigns/campaigns-page';
import { FunnelPage } from './features/crm/funnel/funnel-page';
import { DashboardPage } from './features/dashboard/dashboard-page';
import { DeliveriesPage } from './features/deliveries/deliveries-page';
import { LeadPage } from './features/leads/lead-page';
import { LeadsPage } from './features/leads/leads-page';
import { ProductListsPage } from './features/product-lists/product-lists-page';
import { SettingsPage } from './features/settings/settings-page';
import { SetupPage } from './features/sign-in/setup-page';
import { SignInPage } from './features/sign-in/sign-in-page';
import { TeamPage } from './features/team/team-page';
import { WebhookLogPage } from './features/webhook-log/webhook-log-page';
import { Link, matchPath, useLocation } from './router';
import type { Permission } from './session/permissions';
import { useSession, useSignedIn } from './session/session';

interface Screen {
  path: string;
  /** Shown in the navigation under this label key; screens without one are reached by links. */
  nav?: 'dashboard' | 'leads' | 'productLists' | 'crmBusinesses' | 'crmCampaigns' | 'crmFunnel' | 'webhookLog' | 'deliveries' | 'settings' | 'team';
  /** Nav entries of one module are listed together under this heading. */
  group?: 'crm';
  permission?: Permission;
  render(params: Record<string, string>): ReactNode;
}

const SCREENS: readonly Screen[] = [
  { path: '/', nav: 'dashboard', render: () => <DashboardPage /> },
  { path: '/leads', nav: 'leads', render: () => <LeadsPage /> },
  { path: '/leads/:id', render: (p) => <LeadPage id={p['id'] ?? ''} /> },
  { path: '/product-lists', nav: 'productLists', permission: 'viewProductLists', render: () => <ProductListsPage /> },
  { path: '/crm', nav: 'crmBusinesses', group: 'crm', permission: 'viewCrm', render: () => <BusinessesPage /> },
  { path: '/crm/businesses/:id', permission: 'viewCrm', render: (p) => <BusinessPage id={p['id'] ?? ''} /> },
  { path: '/crm/campaigns', nav: 'crmCampaigns', group: 'crm', permission: 'viewCrm', render: () => <CampaignsPage /> },
  { path: '/crm/campaigns/:id', permission: 'viewCrm', render: (p) => <CampaignPage id={p['id'] ?? ''} /> },
  { path: '/crm/funnel', nav: 'crmFunnel', group: 'crm', permission: 'viewCrm', render: () => <FunnelPage /> },
  { path: '/webhook-log', nav: 'webhookLog', permission: 'viewWebhookLog', render: () => <WebhookLogPage /> },
  { path: '/deliveries', nav: 'deliveries', permission: 'viewDeliveries', render: () => <DeliveriesPage /> },
  { path: '/settings', nav: 'settings', permission: 'manageWorkspace', render: () => <SettingsPage /> },
  { path: '/team', nav: 'team', permission: 'manageWorkspace', render: () => <TeamPage /> },
];

function SignedInApp() {
  const { t } = useTranslation();
  const { path } = useLocation();
  const { can } = useSignedIn();
  const allowed = SCREENS.filter((s) => !s.permission || can(s.permission));
  const nav: NavItem[] = allowed.flatMap((s) => (s.nav ? [{ to: s.path, label: t(`nav.${s.nav}`), ...(s.group ? { group: t(`nav.group.${s.group}`) } : {}) }] : []));

  let content: ReactNode = (
    <div className="notice">
      <p>{t('app.notFound')}</p>
      <Link to="/">{t('app.backToDashboard')}</Link>
    </div>
  );
  for (const screen of SCREENS) {
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
    <LiveProvider>
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
