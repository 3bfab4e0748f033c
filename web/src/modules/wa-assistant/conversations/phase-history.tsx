// Every phase the conversation moved through, newest first, with what moved it.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import { PHASES, type PhaseChange } from '../api-types';
import { PhaseBadge } from '../badges';
import { causeWords } from '../words';

const asPhase = (p: string | null) => PHASES.find((x) => x === p);

export function PhaseHistory({ history }: { history: readonly PhaseChange[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (history.length === 0) return <p className="empty">{t('wa.conversation.noHistory')}</p>;
  return (
    <ol className="timeline" data-testid="phase-history">
      {[...history].reverse().map((h, i) => {
        const from = asPhase(h.from);
        const to = asPhase(h.to);
        return (
          <li key={`${h.at}-${i}`} className="timeline-item">
            <p className="timeline-head">
              {from && (
                <>
                  <PhaseBadge phase={from} /> →{' '}
                </>
              )}
              {to ? <PhaseBadge phase={to} /> : h.to} <time dateTime={new Date(h.at).toISOString()}>{f.dateTime(h.at)}</time>
            </p>
            <p>{causeWords(t, h.cause)}</p>
          </li>
        );
      })}
    </ol>
  );
}
