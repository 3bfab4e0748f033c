// Upload a contact sheet (Excel, CSV or a PDF table): the import runs as a job, so the screen follows its progress
// (GET /api/customers/uploads/{id}, asked again each second and on every live `uploads` signal) until the report.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { useLiveRefresh } from '../../../components/live';
import { ErrorNotice } from '../../../components/notices';
import { Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import type { ContactUpload } from '../api-types';
import { ImportReportView } from './import-report';

const ACCEPT = '.xlsx,.xls,.csv,.pdf';
const POLL_MS = 1_000;

export function UploadPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [upload, setUpload] = useState<ContactUpload>();
  // Each answer, and each live `uploads` signal, schedules the next read.
  const [tick, setTick] = useState(0);
  const [polls, setPolls] = useState(0);
  const uploadId = upload?.upload_id;
  const finished = upload?.status === 'done' || upload?.status === 'failed';

  useLiveRefresh(['uploads'], () => setTick((n) => n + 1));
  useEffect(() => {
    if (!uploadId || finished) return;
    let stopped = false;
    // One read per second while it runs; it stops by itself when the upload is done or failed, or the screen closes.
    const timer = setTimeout(() => {
      api.get<ContactUpload>(`/api/customers/uploads/${encodeURIComponent(uploadId)}`).then(
        (next) => {
          if (stopped) return;
          setUpload(next);
          setPolls((n) => n + 1);
        },
        (thrown: unknown) => {
          if (!stopped) setError(asApiError(thrown));
        },
      );
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [uploadId, finished, tick, polls]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setUpload(undefined);
    try {
      const accepted = await api.upload<{ upload_id: string }>('/api/customers/upload-contacts', file);
      const first = await api.get<ContactUpload>(`/api/customers/uploads/${encodeURIComponent(accepted.upload_id)}`);
      setUpload(first);
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const progress = upload?.progress;
  return (
    <Page title={t('pharmacy.upload.title')} intro={t('pharmacy.upload.intro')}>
      <form className="form" onSubmit={(e) => void onSubmit(e)}>
        <div className="field">
          <label htmlFor="sheet-file">{t('pharmacy.upload.file')}</label>
          <input id="sheet-file" type="file" accept={ACCEPT} aria-describedby="sheet-file-hint" onChange={(e) => setFile(e.target.files?.[0])} />
          <p className="field-hint" id="sheet-file-hint">
            {t('pharmacy.upload.fileHint')}
          </p>
        </div>
        <button type="submit" className="button button-primary button-block" disabled={!file || busy || (upload !== undefined && !finished)}>
          {busy ? t('pharmacy.upload.sending') : t('pharmacy.upload.send')}
        </button>
      </form>
      {error && <ErrorNotice error={error} />}
      {upload && (
        <section className="card" aria-labelledby="upload-heading" data-testid="upload-status">
          <h2 id="upload-heading" className="card-title">
            {upload.filename}
          </h2>
          <p role="status" data-testid="upload-state" data-state={upload.status}>
            {t(`pharmacy.upload.status.${upload.status}`)}
          </p>
          {!finished && (
            <>
              <progress
                className="pharmacy-progress"
                aria-label={t('pharmacy.upload.progress')}
                max={progress?.total || undefined}
                value={progress && progress.total > 0 ? progress.done : undefined}
              />
              {progress && <p className="muted">{t('pharmacy.upload.progressText', { done: f.number(progress.done), total: f.number(progress.total) })}</p>}
            </>
          )}
          {upload.status === 'failed' && (
            <div className="notice notice-error" role="alert">
              <p className="notice-title">{t('pharmacy.upload.failed')}</p>
              {upload.error && <p className="notice-detail">{upload.error}</p>}
            </div>
          )}
          {upload.status === 'queued' && upload.error && <p className="muted">{t('pharmacy.upload.retrying', { reason: upload.error })}</p>}
        </section>
      )}
      {upload?.status === 'done' && upload.result && <ImportReportView report={upload.result} uploadId={upload.upload_id} />}
    </Page>
  );
}
