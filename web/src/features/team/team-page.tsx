// Users and API tokens (owners and admins only).
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { TokensSection } from './tokens-section';
import { UsersSection } from './users-section';

export function TeamPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('team.title')}>
      <UsersSection />
      <TokensSection />
    </Page>
  );
}
