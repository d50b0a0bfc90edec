import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { en } from './en';
import { es } from './es';

/** Languages the apps are offered in. */
export const LANGUAGES = ['en', 'es'] as const;

/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/** Extra texts an app or feature adds, in every language. */
export type TranslationSet = Readonly<Record<Language, Readonly<Record<string, string>>>>;

const STORAGE_KEY = 'beaus.language';

/** BCP 47 locale used for numbers, money and dates in each language (US operator). */
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', es: 'es-US' };

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Runtime language switch over typed dictionaries. The current language is a signal, so every
 * template that translates re-renders when it changes; the choice is kept in localStorage.
 *
 * A small service instead of a translation library: the apps need two languages, interpolation
 * and nothing else, and this keeps the initial bundle a few hundred bytes bigger, not 20 kB.
 */
@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly document = inject(DOCUMENT);
  private readonly dictionaries: Record<Language, Record<string, string>> = {
    en: { ...en },
    es: { ...es },
  };
  private readonly current = signal<Language>(this.initialLanguage());

  /** The language in use. */
  readonly language = this.current.asReadonly();

  /** The locale for formatting numbers, money and dates in the current language. */
  readonly locale = computed(() => LOCALES[this.current()]);

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  /** Switches the language everywhere and remembers the choice. */
  use(language: Language): void {
    this.current.set(language);
    this.document.documentElement.lang = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Storage can be disabled (private mode); the switch still works for this visit.
    }
  }

  /** Adds an app's or a feature's texts; later registrations win on the same key. */
  register(set: TranslationSet): void {
    for (const language of LANGUAGES) {
      Object.assign(this.dictionaries[language], set[language]);
    }
  }

  /**
   * The text for `key` in the current language with `{name}` placeholders filled from `params`.
   * An unknown key is returned as is, so a missing text is visible rather than blank.
   */
  translate(key: string, params?: Readonly<Record<string, string | number>>): string {
    const text = this.dictionaries[this.current()][key] ?? this.dictionaries.en[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in params ? String(params[name]) : placeholder,
    );
  }

  private initialLanguage(): Language {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      if (isLanguage(stored)) return stored;
    } catch {
      // Fall through to the browser's preference.
    }
    const preferred = this.document.defaultView?.navigator.language ?? 'en';
    return preferred.toLowerCase().startsWith('es') ? 'es' : 'en';
  }
}
