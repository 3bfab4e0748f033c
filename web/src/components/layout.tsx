// The signed-in frame: a skip link, the header (live status, language, sign out) and the navigation for the role.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../router';
import { useSession, useSignedIn } from '../session/session';
import { LanguageSwitch } from './language-switch';
import { MENU_QUERY, useMedia } from './use-media';
import { useLiveStatus } from './live';

export interface NavItem {
  to: string;
  label: string;
  /** A module's heading (e.g. "CRM"): neighbouring items with the same one are listed together under it. */
  group?: string;
}

type NavEntry = { kind: 'item'; item: NavItem } | { kind: 'group'; name: string; items: NavItem[] };

/** Neighbouring items of one group become a single entry, in the order given. */
function grouped(nav: readonly NavItem[]): NavEntry[] {
  const entries: NavEntry[] = [];
  for (const item of nav) {
    const last = entries[entries.length - 1];
    if (item.group === undefined) entries.push({ kind: 'item', item });
    else if (last?.kind === 'group' && last.name === item.group) last.items.push(item);
    else entries.push({ kind: 'group', name: item.group, items: [item] });
  }
  return entries;
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

  // The longest matching entry is current: on /crm/campaigns that is Campaigns, not Businesses at /crm.
  const matching = nav.filter((item) => (item.to === '/' ? path === '/' : path === item.to || path.startsWith(`${item.to}/`)));
  const current = matching.reduce<string | undefined>((best, item) => (best === undefined || item.to.length > best.length ? item.to : best), undefined);
  const link = (item: NavItem) => (
    <Link to={item.to} aria-current={item.to === current ? 'page' : undefined}>
      {item.label}
    </Link>
  );
  const who = me.user?.name || me.user?.email || '';
  // On a phone the header stays one row: the language and signing out move into the menu.
  const inMenu = useMedia(MENU_QUERY);
  const account = (
    <>
      <LanguageSwitch />
      <span className="who" title={t('app.signedInAs', { name: who, role: t(`roles.${role}`) })}>
        {who} · {t(`roles.${role}`)}
      </span>
      <button type="button" className="button" onClick={() => void signOut()}>
        {t('app.signOut')}
      </button>
    </>
  );

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
        {!inMenu && <div className="topbar-end">{account}</div>}
      </header>
      <div className="frame">
        <nav id="main-nav" className={menuOpen ? 'sidebar is-open' : 'sidebar'} aria-label={t('app.menu')}>
          <ul>
            {grouped(nav).map((entry, index) =>
              entry.kind === 'item' ? (
                <li key={entry.item.to}>{link(entry.item)}</li>
              ) : (
                <li key={`group-${entry.name}`} className="nav-group">
                  <span className="nav-group-name" id={`nav-group-${index}`}>
                    {entry.name}
                  </span>
                  <ul aria-labelledby={`nav-group-${index}`}>
                    {entry.items.map((item) => (
                      <li key={item.to}>{link(item)}</li>
                    ))}
                  </ul>
                </li>
              ),
            )}
          </ul>
          {inMenu && <div className="menu-account">{account}</div>}
        </nav>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
