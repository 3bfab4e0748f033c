// The import's report: counts of what happened to the rows, and each row that was not imported with its reason.
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import type { ImportReport } from '../api-types';
import { reasonWords } from '../field-errors';

export function ImportReportView({ report, uploadId }: { report: ImportReport; uploadId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const figures: Array<[string, number]> = [
    [t('pharmacy.upload.rows'), report.rows],
    [t('pharmacy.upload.imported'), report.imported],
    [t('pharmacy.upload.mergedInFile'), report.merged_in_file],
    [t('pharmacy.upload.mergedExisting'), report.merged_existing],
    [t('pharmacy.upload.invalid'), report.invalid.length],
    [t('pharmacy.upload.whatsappActive'), report.whatsapp_active],
    [t('pharmacy.upload.whatsappInactive'), report.whatsapp_inactive],
    [t('pharmacy.upload.whatsappUnknown'), report.whatsapp_unknown],
    [t('pharmacy.upload.materialsQueued'), report.materials_queued],
  ];
  return (
    <section className="card" aria-labelledby="report-heading" data-testid="import-report">
      <h2 id="report-heading" className="card-title">
        {t('pharmacy.upload.report')}
      </h2>
      <dl className="pharmacy-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{f.number(value)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('pharmacy.upload.invalidRows')}</h3>
      <DataTable
        caption={t('pharmacy.upload.invalidRows')}
        rows={report.invalid}
        rowKey={(r) => String(r.row)}
        empty={t('pharmacy.upload.noInvalid')}
        columns={[
          { key: 'row', header: t('pharmacy.upload.row'), cell: (r) => f.number(r.row), className: 'num' },
          { key: 'reason', header: t('pharmacy.upload.reason'), cell: (r) => reasonWords(t, r.reason) },
        ]}
      />
      <p>
        <Link to={`/pharmacy/contacts?upload_id=${encodeURIComponent(uploadId)}`}>{t('pharmacy.upload.seeContacts')}</Link>
      </p>
    </section>
  );
}
