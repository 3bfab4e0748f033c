// "42 businesses would receive it": asked again (after a pause) whenever the audience or channel changes.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import type { AudienceFilter, Channel } from '../api-types';
import { useFormat } from '../../../format/use-format';

interface State {
  /** The last answer; kept on screen (marked busy) while a newer question is on its way. */
  count: number | undefined;
  counting: boolean;
  error: ApiError | undefined;
}

export function AudienceCount({ audience, channel }: { audience: AudienceFilter; channel: Channel }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [state, setState] = useState<State>({ count: undefined, counting: true, error: undefined });
  const body = JSON.stringify({ audience, channel });

  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, counting: true }));
    // A pause, so ticking three boxes or typing a search asks once, not for every change.
    const timer = setTimeout(() => {
      api.post<{ count: number }>('/api/v1/crm/audience/count', JSON.parse(body) as unknown).then(
        ({ count }) => current && setState({ count, counting: false, error: undefined }),
        (thrown: unknown) => current && setState({ count: undefined, counting: false, error: asApiError(thrown) }),
      );
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [body]);

  return (
    <p className="audience-count" role="status" aria-live="polite" aria-busy={state.counting} data-testid="audience-count">
      {state.error ? (
        <span className="error-text">{t('crm.countFailed', { reason: t(`errors.${state.error.code}`) })}</span>
      ) : state.count === undefined ? (
        t('crm.counting')
      ) : (
        t('crm.wouldReceive', { count: state.count, n: f.number(state.count) })
      )}
    </p>
  );
}
