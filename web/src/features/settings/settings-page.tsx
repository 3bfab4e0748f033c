// Settings (owners and admins) as tabs: each active module's section, each provider's own settings, then the
// workspace; every module and provider tab says whether it is connected.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ProviderSettings, ProviderStatus, Setup } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorBoundary } from '../../components/error-boundary';
import { Loadable, Page } from '../../components/page';
import { providerName } from '../../format/provider';
import { useActiveModules } from '../../modules/active';
import type { WebModule } from '../../modules/web-module';
import { navigate, useLocation } from '../../router';
import { ProviderStatusBadge, weakestStatus } from '../setup/provider-status';
import { useSetup } from '../setup/use-setup';
import '../setup/setup.css';
import { ProviderTab } from './provider-tab';
import { WorkspaceForm } from './workspace-form';

interface Tab {
  id: string;
  label: string;
  status?: ProviderStatus;
  group: 'modules' | 'providers' | 'workspace';
}

const moduleStatus = (setup: Setup | undefined, module: string): ProviderStatus | undefined => {
  const steps = setup?.modules.find((m) => m.module === module)?.steps.filter((s) => s.kind === 'provider');
  if (!setup || !steps) return undefined;
  return weakestStatus(steps.map((s) => setup.providers.find((p) => p.provider === s.key)?.status ?? 'not_set'));
};

export function SettingsPage() {
  const { t } = useTranslation();
  const modules = useActiveModules().filter((m): m is WebModule & { settingsSection: NonNullable<WebModule['settingsSection']> } => m.settingsSection !== undefined);
  const setup = useSetup();
  const providers = useApi(() => api.get<{ items: ProviderSettings[] }>('/api/settings/providers', { limit: '100' }), []);
  const { query } = useLocation();

  const tabs: Tab[] = [
    ...modules.map((m) => ({ id: m.name, label: t(m.title), group: 'modules' as const, ...statusOf(moduleStatus(setup.data, m.name)) })),
    ...(providers.data?.items ?? []).map((p) => ({
      id: p.provider,
      label: providerName(p.provider),
      group: 'providers' as const,
      ...statusOf(setup.data?.providers.find((s) => s.provider === p.provider)?.status),
    })),
    { id: 'workspace', label: t('setup.tabs.workspace'), group: 'workspace' as const },
  ];
  const wanted = query.get('tab');
  const current = tabs.find((tab) => tab.id === wanted) ?? tabs[0];
  const go = (id: string) => navigate(`/settings?tab=${encodeURIComponent(id)}`, { replace: true });
  const module = modules.find((m) => m.name === current?.id);
  const provider = providers.data?.items.find((p) => p.provider === current?.id);

  return (
    <Page title={t('settings.title')}>
      <div className="tabs settings-tabs" role="tablist" aria-label={t('setup.tabs.label')}>
        {tabs.map((tab, i) => (
          <TabButton
            key={tab.id}
            tab={tab}
            groupLabel={i === 0 || tabs[i - 1]?.group !== tab.group ? t(`setup.tabs.${tab.group}`) : undefined}
            selected={tab.id === current?.id}
            onSelect={() => go(tab.id)}
            onArrow={(step) => {
              const next = tabs[(i + step + tabs.length) % tabs.length];
              if (!next) return;
              go(next.id);
              document.getElementById(`settings-tab-${next.id}`)?.focus();
            }}
          />
        ))}
      </div>
      <div role="tabpanel" id="settings-panel" aria-labelledby={current ? `settings-tab-${current.id}` : undefined} data-tab={current?.id}>
        {module && (
          <ErrorBoundary resetKey={module.name}>
            <module.settingsSection />
          </ErrorBoundary>
        )}
        {current?.group === 'providers' && (
          <Loadable {...providers}>
            {() =>
              provider && setup.data ? (
                <ErrorBoundary resetKey={provider.provider}>
                  <ProviderTab key={provider.provider} initial={provider} setup={setup.data} onChanged={setup.reload} />
                </ErrorBoundary>
              ) : null
            }
          </Loadable>
        )}
        {current?.id === 'workspace' && <WorkspaceForm />}
      </div>
    </Page>
  );
}

const statusOf = (status: ProviderStatus | undefined) => (status === undefined ? {} : { status });

function TabButton({ tab, groupLabel, selected, onSelect, onArrow }: { tab: Tab; groupLabel: string | undefined; selected: boolean; onSelect(): void; onArrow(step: number): void }) {
  const ref = useRef<HTMLButtonElement>(null);
  // On a phone the tab row scrolls sideways: the chosen tab (opened from a link such as ?tab=smtp) is brought into view.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selected]);
  return (
    <>
      {groupLabel && (
        <span className="settings-tab-group" aria-hidden="true">
          {groupLabel}
        </span>
      )}
      <button
        ref={ref}
        type="button"
        role="tab"
        id={`settings-tab-${tab.id}`}
        aria-selected={selected}
        aria-controls="settings-panel"
        tabIndex={selected ? 0 : -1}
        className={selected ? 'tab is-active' : 'tab'}
        onClick={onSelect}
        onKeyDown={(event) => {
          // Arrow keys move between tabs, as screen-reader users expect of a tab list.
          if (event.key === 'ArrowRight') onArrow(1);
          if (event.key === 'ArrowLeft') onArrow(-1);
        }}
        data-status={tab.status}
      >
        <span>{tab.label}</span>
        {tab.status && <ProviderStatusBadge status={tab.status} />}
      </button>
    </>
  );
}
