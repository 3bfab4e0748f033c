// A conversation's phase and who answers it, as coloured labels; the words carry the meaning, not the colour.
import { useTranslation } from 'react-i18next';
import type { ConversationStatus, Phase } from './api-types';

const phaseTone: Record<Phase, string> = { leads: 'neutral', interest: 'warn', booking: 'good' };
const statusTone: Record<ConversationStatus, string> = { bot: 'neutral', queued: 'bad', person: 'good' };

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${phaseTone[phase]}`}>{t(`wa.phase.${phase}`)}</span>;
}

export function StatusBadge({ status }: { status: ConversationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${statusTone[status]}`} data-testid="conversation-status">
      {t(`wa.status.${status}`)}
    </span>
  );
}
