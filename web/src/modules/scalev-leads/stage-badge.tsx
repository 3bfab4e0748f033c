// A lead's stage as a coloured label; the word carries the meaning, not the colour.
import { useTranslation } from 'react-i18next';
import type { Stage } from './api-types';

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${stage}`}>{t(`stage.${stage}`)}</span>;
}
