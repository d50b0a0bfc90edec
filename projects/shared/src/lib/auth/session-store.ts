import type { StoredSession } from './auth.models';

const STORAGE_KEY = 'beaus.session';

/**
 * The session lives in sessionStorage: it survives a reload but not closing the tab, and is not
 * shared between the four apps' tabs, which suits shared agent desks.
 */
export function readSession(now = Date.now()): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as StoredSession;
    if (typeof session.accessToken !== 'string' || !(session.expiresAt > now)) {
      sessionStorage.removeItem(STORAGE_KEY);
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

/** Keeps the session for this tab. */
export function writeSession(session: StoredSession): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // Storage disabled: the session lasts until the page is reloaded.
  }
}

/** Forgets the session. */
export function clearSession(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}
