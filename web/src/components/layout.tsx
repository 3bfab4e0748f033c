// The signed-in frame: a skip link, the header (live status, language, sign out) and the navigation for the role.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../router';
import { useSession, useSignedIn } from '../session/session';
import { LanguageSwitch } from './language-switch';
import { useLiveStatus } from './live';

export interface NavItem {
  to: string;
  label: string;
}

export function Layout({ nav, children }: { nav: readonly NavItem[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { path } = useLocation();
  const { me, role } = useSignedIn();
  const { signOut } = useSession();
  const live = useLiveStatus();
  const [menuOpen, setMenuOpen] = useState(false);

  // A phone's menu closes once a page is chosen.
  useEffect(() => setMenuOpen(false), [path]);

  const isCurrent = (to: string) => (to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`));
  const who = me.user?.name || me.user?.email || '';

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="button button-ghost menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span> {menuOpen ? t('app.closeMenu') : t('app.menu')}
        </button>
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </Link>
        <span className={live ? 'live live-on' : 'live'} role="status" title={live ? t('app.live') : t('app.liveOff')}>
          <span className="live-dot" aria-hidden="true" />
          <span className="live-text">{live ? t('app.live') : t('app.liveOff')}</span>
        </span>
        <div className="topbar-end">
          <LanguageSwitch />
          <span className="who" title={t('app.signedInAs', { name: who, role: t(`roles.${role}`) })}>
            {who} · {t(`roles.${role}`)}
          </span>
          <button type="button" className="button" onClick={() => void signOut()}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <div className="frame">
        <nav id="main-nav" className={menuOpen ? 'sidebar is-open' : 'sidebar'} aria-label={t('app.menu')}>
          <ul>
            {nav.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={isCurrent(item.to) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
