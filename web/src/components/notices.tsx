// Errors in words a shop owner understands (with the server's message as detail), and short confirmations (toasts).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';

/** Friendly text for the error's code, the server's own message underneath, and the request id to quote. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{t(`errors.${error.code}`)}</p>
      {error.message && (
        <p className="notice-detail">
          <span className="visually-hidden">{t('errors.detail')}: </span>
          {error.message}
        </p>
      )}
      {error.requestId && <p className="notice-ref">{t('errors.requestId', { id: error.requestId })}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}

interface Toast {
  id: number;
  text: string;
}

const ToastContext = createContext<((text: string) => void) | undefined>(undefined);

/** Shows short confirmations ("Saved.") in a polite live region, so screen readers announce them too. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(0);
  // A toast is worded when it is shown: one still on screen when the language changes would stay in the old one.
  const { i18n } = useTranslation();
  useEffect(() => setToasts([]), [i18n.language]);
  const show = useCallback((text: string) => {
    const id = ++next.current;
    setToasts((all) => [...all.slice(-2), { id, text }]);
    setTimeout(() => setToasts((all) => all.filter((x) => x.id !== id)), 4000);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <p key={toast.id} className="toast">
            {toast.text}
          </p>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (text: string) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast outside ToastProvider');
  return show;
}
