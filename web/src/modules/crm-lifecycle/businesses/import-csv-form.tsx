// Import businesses from a CSV file (POST /api/v1/crm/businesses/import.csv): the file is read in the browser and
// sent as text; the answer says what was created and merged, and which lines were left out and why.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { ErrorNotice } from '../../../components/notices';
import { useFormat } from '../../../format/use-format';
import type { BusinessCsvImport } from '../api-types';

/** The dialog around it has the close button. */
export function ImportCsvForm({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const fileId = useId();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [report, setReport] = useState<BusinessCsvImport>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api.post<BusinessCsvImport>('/api/v1/crm/businesses/import.csv', { csv: await file.text() });
      setReport(answer);
      onImported();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      <p className="muted">{t('crm.csv.importHint')}</p>
      <label htmlFor={fileId}>{t('crm.csv.file')}</label>
      <input id={fileId} type="file" accept=".csv,text/csv" onChange={(e) => { setFile(e.target.files?.[0]); setReport(undefined); }} />
      {error && <ErrorNotice error={error} />}
      {report && (
        <div className="notice notice-ok" role="status" data-testid="csv-import-report">
          <p className="notice-title">
            {t('crm.csv.summary', { rows: f.number(report.rows), created: f.number(report.created), merged: f.number(report.merged), skipped: f.number(report.skipped) })}
          </p>
          {report.problems.length > 0 && (
            <ul className="csv-problems">
              {report.problems.map((p) => (
                <li key={`${p.row}-${p.field}`}>
                  {t('crm.csv.line', { row: String(p.row) })}: {t(`crm.csv.reason.${p.reason}`)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !file}>
          {busy ? t('crm.csv.importing') : t('crm.csv.import')}
        </button>
      </div>
    </form>
  );
}
