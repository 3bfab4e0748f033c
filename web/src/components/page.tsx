// The frame of every screen: its heading (focused on arrival, so screen readers announce the new page) and states.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { ErrorNotice } from './notices';

interface PageProps {
  title: string;
  /** Buttons beside the heading. */
  actions?: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
}

export function Page({ title, actions, intro, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Leadcycle`;
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <>
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {intro && <p className="page-intro">{intro}</p>}
      {children}
    </>
  );
}

/** Loading text, or the error with a retry, or the content once data is there. */
export function Loadable<T>({ data, error, reload, children }: { data: T | undefined; error: ApiError | undefined; reload(): void; children(data: T): ReactNode }) {
  const { t } = useTranslation();
  if (error && data === undefined) return <ErrorNotice error={error} onRetry={reload} />;
  if (data === undefined) return <p className="loading" role="status">{t('app.loading')}</p>;
  return (
    <>
      {error && <ErrorNotice error={error} onRetry={reload} />}
      {children(data)}
    </>
  );
}
