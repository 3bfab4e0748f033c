// Who is signed in, their role and the workspace (time zone, currency); first run and sign-in decide what shows.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, asApiError, onUnauthorized, setCsrfToken, type ApiError } from '../api/client';
import type { Me, Role, SignedIn, Workspace } from '../api/types';
import { can, type Permission } from './permissions';

export type SessionState =
  | { status: 'loading' }
  | { status: 'needs-setup' }
  | { status: 'signed-out' }
  | { status: 'unreachable'; error: ApiError }
  | { status: 'signed-in'; me: Me; workspace: Workspace };

interface SessionApi {
  state: SessionState;
  /** After POST /api/auth/login or /setup: remember the CSRF token and load who we are. */
  signedIn(result: SignedIn): Promise<void>;
  signOut(): Promise<void>;
  /** Reloads the workspace (after its time zone or currency changed). */
  reloadWorkspace(): Promise<void>;
  retry(): void;
}

const SessionContext = createContext<SessionApi | undefined>(undefined);

async function loadSession(): Promise<SessionState> {
  try {
    const me = await api.probe<Me>('/api/auth/me');
    setCsrfToken(me.csrf_token);
    const workspace = await api.get<Workspace>('/api/workspace');
    return { status: 'signed-in', me, workspace };
  } catch (thrown) {
    const error = asApiError(thrown);
    if (error.code !== 'unauthorized') return { status: 'unreachable', error };
    try {
      const { needs_setup } = await api.get<{ needs_setup: boolean }>('/api/auth/setup');
      return { status: needs_setup ? 'needs-setup' : 'signed-out' };
    } catch (again) {
      return { status: 'unreachable', error: asApiError(again) };
    }
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const refresh = useCallback(async () => setState(await loadSession()), []);

  useEffect(() => {
    void refresh();
    // A 401 anywhere means the session ended (expired, signed out elsewhere): back to the sign-in screen.
    return onUnauthorized(() => {
      setCsrfToken(null);
      setState({ status: 'signed-out' });
    });
  }, [refresh]);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      async signedIn(result) {
        setCsrfToken(result.csrf_token);
        await refresh();
      },
      async signOut() {
        await api.post('/api/auth/logout').catch(() => undefined);
        setCsrfToken(null);
        setState({ status: 'signed-out' });
      },
      async reloadWorkspace() {
        if (state.status !== 'signed-in') return;
        const workspace = await api.get<Workspace>('/api/workspace');
        setState({ ...state, workspace });
      },
      retry() {
        setState({ status: 'loading' });
        void refresh();
      },
    }),
    [state, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in person's view: only used inside screens that render after sign-in. */
export function useSignedIn(): { me: Me; workspace: Workspace; role: Role; can(permission: Permission): boolean } {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useSignedIn before sign-in');
  return { me: state.me, workspace: state.workspace, role: state.me.role, can: (p) => can(state.me.role, p) };
}
