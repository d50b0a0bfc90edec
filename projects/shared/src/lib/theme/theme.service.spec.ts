import { TestBed } from '@angular/core/testing';
import { ThemeService } from './theme.service';

describe('ThemeService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.classList.remove('beaus-dark');
  });

  it('toggles dark colours on the document and remembers the choice', () => {
    const theme = TestBed.inject(ThemeService);
    expect(theme.mode()).toBe('light');
    theme.toggle();
    expect(theme.mode()).toBe('dark');
    expect(document.documentElement.classList).toContain('beaus-dark');
    expect(localStorage.getItem('beaus.theme')).toBe('dark');
    theme.toggle();
    expect(document.documentElement.classList).not.toContain('beaus-dark');
  });

  it('starts with the colours chosen on a previous visit', () => {
    localStorage.setItem('beaus.theme', 'dark');
    expect(TestBed.inject(ThemeService).mode()).toBe('dark');
    expect(document.documentElement.classList).toContain('beaus-dark');
  });
});
