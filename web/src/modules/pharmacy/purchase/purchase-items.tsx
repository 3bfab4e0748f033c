// The lines of a purchase: medicine, quantity, unit price and how many days it lasts, each line's total and the sum.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/fields';
import { useFormat } from '../../../format/use-format';
import { useSignedIn } from '../../../session/session';
import type { TFunction } from 'i18next';
import { reasonWords } from '../field-errors';

export interface ItemDraft {
  medicine_name: string;
  quantity: string;
  unit_price: string;
  duration_days: string;
}

export const EMPTY_ITEM: ItemDraft = { medicine_name: '', quantity: '1', unit_price: '', duration_days: '' };

/** quantity × unit_price, or undefined while either is not a number yet. */
export function lineTotal(item: ItemDraft): number | undefined {
  const quantity = Number(item.quantity);
  const price = Number(item.unit_price);
  if (item.quantity.trim() === '' || item.unit_price.trim() === '' || !Number.isFinite(quantity) || !Number.isFinite(price)) return undefined;
  return quantity * price;
}

interface Props {
  items: ItemDraft[];
  onChange(items: ItemDraft[]): void;
  /** Server reasons by field path (`items.0.quantity`). */
  errors: Record<string, string>;
}

function itemError(t: TFunction, errors: Record<string, string>, index: number, field: string): string | undefined {
  return reasonWords(t, errors[`items.${index}.${field}`]);
}

export function PurchaseItems({ items, onChange, errors }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { workspace } = useSignedIn();
  const set = (index: number, key: keyof ItemDraft, value: string) => onChange(items.map((item, i) => (i === index ? { ...item, [key]: value } : item)));
  const total = items.reduce((sum, item) => sum + (lineTotal(item) ?? 0), 0);
  return (
    <fieldset className="pharmacy-items">
      <legend>{t('pharmacy.counter.items')}</legend>
      {items.map((item, index) => {
        const line = lineTotal(item);
        return (
          <div className="pharmacy-item" key={index} role="group" aria-label={t('pharmacy.counter.itemN', { n: String(index + 1) })}>
            <TextField
              label={t('pharmacy.counter.medicine')}
              value={item.medicine_name}
              onChange={(e) => set(index, 'medicine_name', e.target.value)}
              error={itemError(t, errors, index, 'medicine_name')}
              required
              maxLength={200}
            />
            <div className="inline-fields inline-3">
              <TextField
                label={t('pharmacy.counter.quantity')}
                type="number"
                inputMode="decimal"
                min="0"
                step="any"
                value={item.quantity}
                onChange={(e) => set(index, 'quantity', e.target.value)}
                error={itemError(t, errors, index, 'quantity')}
                required
              />
              <TextField
                label={t('pharmacy.counter.unitPrice')}
                type="number"
                inputMode="decimal"
                min="0"
                step="any"
                value={item.unit_price}
                onChange={(e) => set(index, 'unit_price', e.target.value)}
                error={itemError(t, errors, index, 'unit_price') ?? itemError(t, errors, index, 'total_amount')}
                required
              />
              <TextField
                label={t('pharmacy.counter.durationDays')}
                hint={t('pharmacy.counter.durationHint')}
                type="number"
                inputMode="numeric"
                min="1"
                max="365"
                value={item.duration_days}
                onChange={(e) => set(index, 'duration_days', e.target.value)}
                error={itemError(t, errors, index, 'duration_days')}
              />
            </div>
            <div className="pharmacy-item-foot">
              <span data-testid="line-total">{t('pharmacy.counter.lineTotal', { total: line === undefined ? t('common.none') : f.money(line, workspace.currency) })}</span>
              {items.length > 1 && (
                <button type="button" className="button button-danger-quiet" onClick={() => onChange(items.filter((_, i) => i !== index))}>
                  {t('pharmacy.counter.removeItem')}
                </button>
              )}
            </div>
          </div>
        );
      })}
      <button type="button" className="button button-block" onClick={() => onChange([...items, { ...EMPTY_ITEM }])}>
        + {t('pharmacy.counter.addItem')}
      </button>
      <p className="pharmacy-total" data-testid="purchase-total">
        {t('pharmacy.counter.total', { total: f.money(total, workspace.currency) })}
      </p>
    </fieldset>
  );
}
