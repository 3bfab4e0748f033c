// The owner's generic alternatives: branded medicine → its generic, added, changed and removed here and saved as the
// whole list (the server replaces it); staff are prompted to explain the generic to customers buying the brand.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/fields';
import type { GenericAlternative } from '../api-types';

/** A pair as edited, with a key that stays with it while rows above are removed. */
export interface EditedPair extends GenericAlternative {
  key: number;
}

let nextKey = 0;
export const withKeys = (pairs: readonly GenericAlternative[]): EditedPair[] => pairs.map((p) => ({ ...p, key: nextKey++ }));

/** The list to save: rows left wholly blank are dropped (a half-filled one is sent, so the server names its empty side). */
export const pairsToSend = (pairs: readonly EditedPair[]): GenericAlternative[] =>
  pairs.filter((p) => p.medicine_name.trim() || p.generic_name.trim()).map(({ medicine_name, generic_name }) => ({ medicine_name, generic_name }));

interface GenericPairsProps {
  pairs: readonly EditedPair[];
  onChange(pairs: EditedPair[]): void;
  /** The reason the server gave for `generic_alternatives.<i>.<field>`, worded. */
  errorOf(field: string): string | undefined;
}

export function GenericPairs({ pairs, onChange, errorOf }: GenericPairsProps) {
  const { t } = useTranslation();
  // Server errors name a row by its place in the list sent, which skips wholly blank rows.
  let sent = -1;
  const change = (key: number, field: keyof GenericAlternative, value: string) => onChange(pairs.map((p) => (p.key === key ? { ...p, [field]: value } : p)));
  return (
    <section className="card" aria-labelledby="pharmacy-generics-title">
      <h2 id="pharmacy-generics-title">{t('pharmacy.settings.genericsTitle')}</h2>
      <p className="muted">{t('pharmacy.settings.genericsIntro')}</p>
      {pairs.length === 0 && <p className="muted">{t('pharmacy.settings.genericsEmpty')}</p>}
      <ol className="pharmacy-pairs">
        {pairs.map((pair, i) => {
          if (pair.medicine_name.trim() || pair.generic_name.trim()) sent += 1;
          const at = `generic_alternatives.${sent}`;
          return (
            <li key={pair.key} className="pharmacy-pair">
              <TextField
                label={t('pharmacy.settings.branded', { n: i + 1 })}
                value={pair.medicine_name}
                maxLength={200}
                onChange={(e) => change(pair.key, 'medicine_name', e.target.value)}
                error={errorOf(`${at}.medicine_name`)}
              />
              <TextField
                label={t('pharmacy.settings.generic', { n: i + 1 })}
                value={pair.generic_name}
                maxLength={200}
                onChange={(e) => change(pair.key, 'generic_name', e.target.value)}
                error={errorOf(`${at}.generic_name`)}
              />
              <button type="button" className="button button-ghost" onClick={() => onChange(pairs.filter((p) => p.key !== pair.key))}>
                {t('pharmacy.settings.remove', { name: pair.medicine_name.trim() || String(i + 1) })}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...pairs, ...withKeys([{ medicine_name: '', generic_name: '' }])])}>
        {t('pharmacy.settings.addPair')}
      </button>
    </section>
  );
}
