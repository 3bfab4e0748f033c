// Entry point: styles, languages (the core's and every module's), and the app inside its session and notification providers.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from './i18n';
import './styles.css';
import { App } from './app';
import { ErrorBoundary } from './components/error-boundary';
import { ToastProvider } from './components/notices';
import { WEB_MODULES } from './modules/registry';
import { SessionProvider } from './session/session';

startI18n(WEB_MODULES.map((m) => m.copy));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SessionProvider>
        <ToastProvider>
          <ErrorBoundary>
            <App />
          </ErrorBoundary>
        </ToastProvider>
      </SessionProvider>
    </StrictMode>,
  );
}
