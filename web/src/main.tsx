// Entry point: styles, languages, and the app inside its session and notification providers.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import './styles-crm.css';
import { App } from './app';
import { ErrorBoundary } from './components/error-boundary';
import { ToastProvider } from './components/notices';
import { SessionProvider } from './session/session';

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
