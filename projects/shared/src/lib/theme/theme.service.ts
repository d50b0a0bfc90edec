import { DOCUMENT, Injectable, inject, signal } from '@angular/core';

/** Light or dark colours. */
export type ThemeMode = 'light' | 'dark';

const STORAGE_KEY = 'beaus.theme';

/**
 * Light/dark switch. Starts from the user's last choice, else the system preference, and
 * applies it by toggling the `beaus-dark` class on <html> (the theme follows `color-scheme`).
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<ThemeMode>(this.initialMode());

  /** The colours in use. */
  readonly mode = this.current.asReadonly();

  constructor() {
    this.apply(this.current());
  }

  /** Switches between light and dark and remembers the choice. */
  toggle(): void {
    this.use(this.current() === 'dark' ? 'light' : 'dark');
  }

  /** Uses the given colours and remembers the choice. */
  use(mode: ThemeMode): void {
    this.current.set(mode);
    this.apply(mode);
    try {
      localStorage.setItem(STORAGE_KEY, mode);
    } catch {
      // Storage can be disabled; the switch still works for this visit.
    }
  }

  private apply(mode: ThemeMode): void {
    this.document.documentElement.classList.toggle('beaus-dark', mode === 'dark');
  }

  private initialMode(): ThemeMode {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      if (stored === 'light' || stored === 'dark') return stored;
    } catch {
      // Fall through to the system preference.
    }
    const prefersDark = this.document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
    return prefersDark?.matches ? 'dark' : 'light';
  }
}
