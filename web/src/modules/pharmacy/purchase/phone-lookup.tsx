// "Contacted before?": what the server knows about a number before the purchase is typed in, the sheet contact
// (with its status and who called them) and the customer (purchases so far).
import { useTranslation } from 'react-i18next';
import { PhoneLinks } from '../../../components/phone-links';
import { useFormat } from '../../../format/use-format';
import { useSignedIn } from '../../../session/session';
import type { PhoneLookup } from '../api-types';
import { PHARMACY_PERMISSIONS } from '../permissions';
import { ContactStatusBadge } from '../status-badges';

export function LookupResult({ found }: { found: PhoneLookup }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { workspace, can } = useSignedIn();
  const { contact, customer } = found;
  return (
    <section className="card pharmacy-lookup" aria-labelledby="lookup-heading" data-testid="phone-lookup">
      <h2 id="lookup-heading" className="card-title">
        {t('pharmacy.counter.contactedBefore')}
      </h2>
      <p>
        <PhoneLinks phone={found.phone} />
      </p>
      {!contact && !customer && <p data-testid="lookup-new">{t('pharmacy.counter.newNumber')}</p>}
      {contact && (
        <div data-testid="lookup-contact">
          <p>
            <strong>{t('pharmacy.counter.yesContact', { name: contact.name ?? t('pharmacy.noName') })}</strong>{' '}
            <ContactStatusBadge status={contact.status} />
          </p>
          {contact.last_interaction_at !== null && (
            <p className="muted">{t('pharmacy.counter.lastCall', { when: f.dateTime(contact.last_interaction_at), staff: contact.last_staff_code ?? t('common.none') })}</p>
          )}
        </div>
      )}
      {customer && (
        <div data-testid="lookup-customer">
          <p>
            <strong>{t('pharmacy.counter.returning', { name: customer.name ?? t('pharmacy.noName') })}</strong>
          </p>
          <p className="muted">
            {t('pharmacy.counter.purchases', { count: customer.purchase_count, total: f.money(customer.total_spent, workspace.currency) })}
          </p>
          {can(PHARMACY_PERMISSIONS.seeMedical) && (customer.has_chronic_conditions || customer.has_allergies) && (
            <p className="notice notice-warn">
              {[customer.has_chronic_conditions && t('pharmacy.counter.hasChronic'), customer.has_allergies && t('pharmacy.counter.hasAllergies')].filter(Boolean).join(' · ')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
