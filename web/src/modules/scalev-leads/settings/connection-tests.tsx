// The ScaleV and Mailketing connection tests, with the stores or lists each one found.
import { useTranslation } from 'react-i18next';
import { TestButton } from '../../../components/test-button';
import type { ConnectionTest } from '../api-types';

const found = (answer: ConnectionTest) => answer.stores ?? answer.lists ?? [];

/** `runKey` goes up when the keys are saved (both tests run), `clearKey` changes on every edit (old answers go). */
export function ConnectionTests({ runKey, clearKey }: { runKey: number; clearKey: number }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="tests-title">
      <h2 id="tests-title">{t('leadSettings.test')}</h2>
      <div className="grid-2">
        <TestButton name="scalev" path="/api/settings/test/scalev" label={t('leadSettings.testScalev')} details={found} runKey={runKey} clearKey={clearKey} />
        <TestButton name="mailketing" path="/api/settings/test/mailketing" label={t('leadSettings.testMailketing')} details={found} runKey={runKey} clearKey={clearKey} />
      </div>
    </section>
  );
}
