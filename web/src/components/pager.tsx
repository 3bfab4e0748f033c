// Keyset paging controls: the server hands out a cursor for the next page; we keep the ones we came through.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface PagerProps {
  /** 1-based page number being shown. */
  page: number;
  hasNext: boolean;
  onFirst(): void;
  onPrevious(): void;
  onNext(): void;
}

export function Pager({ page, hasNext, onFirst, onPrevious, onNext }: PagerProps) {
  const { t } = useTranslation();
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="pager" aria-label={t('common.page', { n: String(page) })}>
      <button type="button" className="button" onClick={onFirst} disabled={page === 1}>
        {t('common.first')}
      </button>
      <button type="button" className="button" onClick={onPrevious} disabled={page === 1}>
        ← {t('common.previous')}
      </button>
      <span className="pager-page" aria-current="page">
        {t('common.page', { n: String(page) })}
      </span>
      <button type="button" className="button" onClick={onNext} disabled={!hasNext}>
        {t('common.next')} →
      </button>
    </nav>
  );
}

/**
 * Keyset page bookkeeping: the cursor of the page shown and the ones before it, to go back. A new `resetKey`
 * (other filters) starts again at the first page.
 */
export function useKeysetPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: Array<string | undefined> }>({ key: resetKey, cursors: [undefined] });
  const cursors = state.key === resetKey ? state.cursors : [undefined];
  const set = (next: Array<string | undefined>) => setState({ key: resetKey, cursors: next });
  return {
    page: cursors.length,
    cursor: cursors[cursors.length - 1],
    next: (cursor: string | null) => {
      if (cursor) set([...cursors, cursor]);
    },
    previous: () => set(cursors.length > 1 ? cursors.slice(0, -1) : cursors),
    first: () => set([undefined]),
  };
}
