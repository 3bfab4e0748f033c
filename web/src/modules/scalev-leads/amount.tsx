// A lead's value in its currency ("Rp 249.813"), or a dash when ScaleV sent no amount.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { Lead } from './api-types';

export function LeadAmount({ lead }: { lead: Pick<Lead, 'amount_cents' | 'currency'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (lead.amount_cents === null || lead.currency === null) return <>{t('common.none')}</>;
  return <span className="money">{f.money(lead.amount_cents / 100, lead.currency)}</span>;
}
