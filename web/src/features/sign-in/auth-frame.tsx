// The frame of the sign-in and first-run screens: a centred card with the language choice.
import { useEffect, type ReactNode } from 'react';
import { LanguageSwitch } from '../../components/language-switch';

export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Leadcycle`;
  }, [title]);
  return (
    <main className="auth" id="main">
      <div className="auth-card">
        <div className="auth-top">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Leadcycle
          </span>
          <LanguageSwitch />
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
