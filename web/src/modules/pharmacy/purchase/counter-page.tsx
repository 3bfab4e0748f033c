// The counter: type the customer's phone first and see whether they were contacted before, then the items they buy.
// Recording it converts a sheet contact and schedules refill reminders; the look-up then shows the new state.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { SelectField, TextAreaField, TextField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import { Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { useSignedIn } from '../../../session/session';
import type { PhoneLookup, PurchaseInput, PurchaseResult } from '../api-types';
import { fieldErrors, reasonWords } from '../field-errors';
import { PHARMACY_PERMISSIONS } from '../permissions';
import { useMyStaff, useStaff } from '../use-staff';
import { LookupResult } from './phone-lookup';
import { EMPTY_ITEM, PurchaseItems, type ItemDraft } from './purchase-items';

const CATEGORIES = ['first_time_prescription', 'regular_branded', 'generic_informed', 'contact_sheet'] as const;

interface CustomerDraft {
  name: string;
  category: string;
  age: string;
  gender: string;
  address: string;
  chronic_conditions: string;
  allergies: string;
  staff_code: string;
}

const EMPTY_CUSTOMER: CustomerDraft = { name: '', category: '', age: '', gender: '', address: '', chronic_conditions: '', allergies: '', staff_code: '' };

export function CounterPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const toast = useToast();
  const { workspace, can } = useSignedIn();
  const staff = useStaff();
  const mine = useMyStaff(staff.data?.items);
  const [phone, setPhone] = useState('');
  const [found, setFound] = useState<PhoneLookup>();
  const [lookupError, setLookupError] = useState<ApiError>();
  const [customer, setCustomer] = useState<CustomerDraft>(EMPTY_CUSTOMER);
  const [items, setItems] = useState<ItemDraft[]>([{ ...EMPTY_ITEM }]);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<PurchaseResult>();

  const lookUp = async (number: string) => {
    const result = await api.get<PhoneLookup>(`/api/customers/phone/${encodeURIComponent(number)}`);
    setFound(result);
    return result;
  };

  const onLookup = async (event: FormEvent) => {
    event.preventDefault();
    setLookupError(undefined);
    setDone(undefined);
    try {
      const result = await lookUp(phone.trim());
      // A known person: their name is filled in, so the counter does not type it again.
      const name = result.customer?.name ?? result.contact?.name ?? '';
      setCustomer((c) => ({ ...EMPTY_CUSTOMER, staff_code: c.staff_code, name }));
    } catch (thrown) {
      setFound(undefined);
      setLookupError(asApiError(thrown));
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
      const body: PurchaseInput = {
        phone: phone.trim(),
        name: optional(customer.name),
        category: (optional(customer.category) as PurchaseInput['category']) ?? undefined,
        age: optional(customer.age) === undefined ? undefined : Number(customer.age),
        gender: optional(customer.gender),
        address: optional(customer.address),
        staff_code: optional(customer.staff_code) ?? mine?.staff_code,
        items: items.map((item) => ({
          medicine_name: item.medicine_name.trim(),
          quantity: Number(item.quantity),
          unit_price: Number(item.unit_price),
          ...(item.duration_days.trim() ? { duration_days: Number(item.duration_days) } : {}),
        })),
      };
      if (can(PHARMACY_PERMISSIONS.seeMedical)) {
        body.chronic_conditions = optional(customer.chronic_conditions);
        body.allergies = optional(customer.allergies);
      }
      const result = await api.post<PurchaseResult>('/api/customers/quick-purchase', body);
      setDone(result);
      toast(t('pharmacy.counter.recorded'));
      setItems([{ ...EMPTY_ITEM }]);
      await lookUp(phone.trim()).catch(() => undefined);
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const errors = fieldErrors(error);
  const set = (key: keyof CustomerDraft) => (e: { target: { value: string } }) => setCustomer((c) => ({ ...c, [key]: e.target.value }));
  const fieldError = (key: string) => reasonWords(t, errors[key]);

  return (
    <Page title={t('pharmacy.counter.title')} intro={t('pharmacy.counter.intro')}>
      <form className="form pharmacy-phone-form" onSubmit={(e) => void onLookup(e)} role="search" aria-label={t('pharmacy.counter.lookup')}>
        <TextField
          label={t('pharmacy.counter.phone')}
          hint={t('pharmacy.counter.phoneHint')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={phone}
          onChange={(e) => {
            setPhone(e.target.value);
            setFound(undefined);
          }}
          error={fieldError('phone') ?? (lookupError?.code === 'validation_failed' ? t('pharmacy.reason.phoneInvalid') : undefined)}
          required
        />
        <button type="submit" className="button button-primary button-block">
          {t('pharmacy.counter.lookup')}
        </button>
      </form>
      {lookupError && lookupError.code !== 'validation_failed' && <ErrorNotice error={lookupError} />}
      {found && <LookupResult found={found} />}
      {done && (
        <div className="notice notice-ok" role="status" data-testid="purchase-done">
          <p className="notice-title">{t('pharmacy.counter.recordedTotal', { total: f.money(done.total_amount, workspace.currency) })}</p>
          <p>
            {done.is_new_customer ? t('pharmacy.counter.newCustomer') : done.is_repeat_customer ? t('pharmacy.counter.repeatCustomer') : null}{' '}
            {t('pharmacy.counter.refillsScheduled', { count: done.refill_reminders_scheduled })}
          </p>
        </div>
      )}
      {found && (
        <form className="form" onSubmit={(e) => void onSubmit(e)} aria-label={t('pharmacy.counter.purchase')}>
          <h2>{t('pharmacy.counter.purchase')}</h2>
          <TextField label={t('pharmacy.counter.name')} value={customer.name} onChange={set('name')} maxLength={200} error={fieldError('name')} />
          <div className="inline-fields">
            <SelectField
              label={t('pharmacy.counter.category')}
              value={customer.category}
              onChange={set('category')}
              options={[{ value: '', label: t('pharmacy.counter.categoryAuto') }, ...CATEGORIES.map((c) => ({ value: c, label: t(`pharmacy.category.${c}`) }))]}
            />
            <SelectField
              label={t('pharmacy.counter.servedBy')}
              value={customer.staff_code || mine?.staff_code || ''}
              onChange={set('staff_code')}
              options={[{ value: '', label: t('common.none') }, ...(staff.data?.items ?? []).map((s) => ({ value: s.staff_code, label: `${s.name} (${s.staff_code})` }))]}
            />
          </div>
          <div className="inline-fields">
            <TextField label={t('pharmacy.counter.age')} type="number" inputMode="numeric" min="0" max="130" value={customer.age} onChange={set('age')} error={fieldError('age')} />
            <TextField label={t('pharmacy.counter.gender')} value={customer.gender} onChange={set('gender')} maxLength={20} />
          </div>
          <TextField label={t('pharmacy.counter.address')} value={customer.address} onChange={set('address')} maxLength={500} />
          {can(PHARMACY_PERMISSIONS.seeMedical) && (
            <>
              <TextAreaField label={t('pharmacy.counter.chronic')} hint={t('pharmacy.counter.medicalHint')} value={customer.chronic_conditions} onChange={set('chronic_conditions')} maxLength={2000} rows={2} />
              <TextAreaField label={t('pharmacy.counter.allergies')} value={customer.allergies} onChange={set('allergies')} maxLength={2000} rows={2} />
            </>
          )}
          <PurchaseItems items={items} onChange={setItems} errors={errors} />
          {error && error.code !== 'validation_failed' && <ErrorNotice error={error} />}
          {error && error.code === 'validation_failed' && (
            <p className="field-error" role="alert">
              {t('pharmacy.counter.fixFields')}
            </p>
          )}
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {busy ? t('common.saving') : t('pharmacy.counter.record')}
          </button>
        </form>
      )}
    </Page>
  );
}
