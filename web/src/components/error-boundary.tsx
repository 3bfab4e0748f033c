// Last line of defence: a screen that throws while drawing shows a plain message and a reload button, never a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface State {
  message: string | undefined;
}

function CrashNotice({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{t('errors.screen')}</p>
      <p className="notice-detail">{message}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('common.tryAgain')}
      </button>
    </div>
  );
}

export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { message: undefined };

  static getDerivedStateFromError(thrown: unknown): State {
    return { message: thrown instanceof Error ? thrown.message : String(thrown) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the browser's console; the person sees the notice.
    console.error(error, info.componentStack);
  }

  override componentDidUpdate(previous: { resetKey?: string }): void {
    // Another page was opened: try drawing again.
    if (this.state.message !== undefined && previous.resetKey !== this.props.resetKey) this.setState({ message: undefined });
  }

  override render(): ReactNode {
    return this.state.message === undefined ? this.props.children : <CrashNotice message={this.state.message} />;
  }
}
