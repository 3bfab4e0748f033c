// Whether the business may be messaged on each channel (opted out by STOP or an unsubscribe link), and since when.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../api-types';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../format/use-format';
import { channelLabel } from '../channel';

export function Consents({ consents }: { consents: readonly Consent[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      caption={t('crm.consents')}
      rows={consents}
      rowKey={(c) => `${c.channel}-${c.changed_at}`}
      empty={t('crm.noConsents')}
      columns={[
        { key: 'channel', header: t('crm.channel'), cell: (c) => channelLabel(t, c.channel) },
        { key: 'status', header: t('common.status'), cell: (c) => consentLabel(t, c.status) },
        { key: 'source', header: t('crm.consentSource'), cell: (c) => c.source ?? t('common.none') },
        { key: 'changed', header: t('crm.changedAt'), cell: (c) => f.dateTime(c.changed_at) },
      ]}
    />
  );
}

const KNOWN = ['opted_in', 'opted_out'] as const;

function consentLabel(t: TFunction, status: string): string {
  const known = KNOWN.find((k) => k === status);
  return known ? t(`crm.consent.${known}`) : status;
}
