// Added → contacted → engaged → replied → purchased: a bar per stage, with the step's and the whole way's conversion.
import { useTranslation } from 'react-i18next';
import type { CrmFunnel } from '../api-types';
import { useFormat } from '../../../format/use-format';

export function FunnelStages({ stages }: { stages: CrmFunnel['stages'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const first = stages[0]?.count ?? 0;
  return (
    <dl className="funnel">
      {stages.map((stage, index) => {
        const share = first === 0 ? 0 : stage.count / first;
        return (
          <div key={stage.key} className={`funnel-row crm-stage-${stage.key}`} data-testid={`stage-${stage.key}`}>
            <dt>
              {t(`crm.stage.${stage.key}`)} <span className="stage-count">{f.number(stage.count)}</span>
            </dt>
            <dd>
              <span className="stage-track" aria-hidden="true">
                <span className="funnel-bar" style={{ width: `${Math.max(share * 100, stage.count > 0 ? 2 : 0)}%` }} />
              </span>
              {index > 0 && (
                <span className="funnel-text">
                  {t('crm.fromPrevious', { rate: f.share(stage.rate_from_previous) })} · {t('crm.fromFirst', { rate: f.share(stage.rate_from_first) })}
                </span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
