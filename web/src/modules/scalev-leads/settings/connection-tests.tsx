// The ScaleV and Mailketing connection tests, with the stores or lists each one found.
import { useTranslation } from 'react-i18next';
import { TestButton } from '../../../components/test-button';
import type { ConnectionTest } from '../api-types';

const found = (answer: ConnectionTest) => answer.stores ?? answer.lists ?? [];

export function ConnectionTests() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="tests-title">
      <h2 id="tests-title">{t('leadSettings.test')}</h2>
      <div className="grid-2">
        <TestButton name="scalev" path="/api/settings/test/scalev" label={t('leadSettings.testScalev')} details={found} />
        <TestButton name="mailketing" path="/api/settings/test/mailketing" label={t('leadSettings.testMailketing')} details={found} />
      </div>
    </section>
  );
}
