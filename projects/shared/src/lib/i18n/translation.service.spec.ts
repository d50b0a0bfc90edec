import { TestBed } from '@angular/core/testing';
import { TranslationService } from './translation.service';
import { en } from './en';
import { es } from './es';

describe('TranslationService', () => {
  beforeEach(() => localStorage.clear());

  function create(): TranslationService {
    return TestBed.inject(TranslationService);
  }

  it('switches language at runtime and remembers the choice', () => {
    const service = create();
    service.use('en');
    expect(service.translate('shell.signOut')).toBe('Sign out');

    service.use('es');
    expect(service.translate('shell.signOut')).toBe('Cerrar sesión');
    expect(service.locale()).toBe('es-US');
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem('beaus.language')).toBe('es');
  });

  it('starts in the language chosen on a previous visit', () => {
    localStorage.setItem('beaus.language', 'es');
    expect(create().language()).toBe('es');
  });

  it('fills placeholders and shows unknown keys as they are', () => {
    const service = create();
    service.use('en');
    expect(service.translate('auth.title', { app: 'Agent' })).toBe('Sign in to Agent');
    expect(service.translate('no.such.key')).toBe('no.such.key');
  });

  it('uses registered feature texts, falling back to English for a missing Spanish one', () => {
    const service = create();
    service.register({ en: { 'x.a': 'A', 'x.b': 'B' }, es: { 'x.a': 'A-es' } });
    service.use('es');
    expect(service.translate('x.a')).toBe('A-es');
    expect(service.translate('x.b')).toBe('B');
  });

  it('has a Spanish text for every English key', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const text of Object.values(es)) expect(text.trim()).not.toBe('');
  });
});
