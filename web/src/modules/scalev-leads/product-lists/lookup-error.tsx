// A provider look-up failed: say why (the API's message) and offer typing the IDs by hand instead.
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/client';
import { ErrorNotice } from '../../../components/notices';

export function LookupError({ error, onRetry, onManual }: { error: ApiError; onRetry(): void; onManual(): void }) {
  const { t } = useTranslation();
  return (
    <div className="lookup-error">
      <ErrorNotice error={error} onRetry={onRetry} />
      <p>
        {t('productLists.manualHint')}{' '}
        <button type="button" className="button" onClick={onManual}>
          {t('productLists.manual')}
        </button>
      </p>
    </div>
  );
}
