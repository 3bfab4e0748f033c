// Settings (owners and admins): each active module's section (its providers' keys, tests, webhook URLs), then the workspace.
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../components/error-boundary';
import { Page } from '../../components/page';
import { useActiveModules } from '../../modules/active';
import { WorkspaceForm } from './workspace-form';

export function SettingsPage() {
  const { t } = useTranslation();
  const modules = useActiveModules();
  return (
    <Page title={t('settings.title')}>
      {modules.map(({ name, settingsSection: Section }) =>
        Section ? (
          <ErrorBoundary key={name} resetKey={name}>
            <Section />
          </ErrorBoundary>
        ) : null,
      )}
      <WorkspaceForm />
    </Page>
  );
}
