import { TestBed } from '@angular/core/testing';
import { TranslationService } from '@beaus/shared';
import { of, Subject, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { customerTexts } from '../../../customer.texts';
import { StatementsApi } from '../data/statements.api';
import { statementsTexts } from '../statements.texts';
import StatementsPage from './statements.page';

describe('StatementsPage', () => {
  async function render(
    months: () => Observable<readonly string[]>,
    download: jest.Mock = jest.fn(() => of(new Blob(['%PDF-']))),
    language: 'en' | 'es' = 'en',
    more: Record<string, jest.Mock> = {},
  ) {
    const load = jest.fn(months);
    TestBed.configureTestingModule({
      providers: [
        {
          provide: StatementsApi,
          useValue: { months: load, download, language: () => of('en'), ...more },
        },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(customerTexts);
    translations.register(statementsTexts);
    translations.use(language);
    const fixture = TestBed.createComponent(StatementsPage);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, load, download };
  }

  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:statement');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('lists each month with a PDF and a CSV button named for the month', async () => {
    const { element } = await render(() => of(['2026-11', '2026-10']));
    const rows = [...element.querySelectorAll('.months li')];
    expect(rows.map((row) => row.querySelector('.month')?.textContent)).toEqual([
      'November 2026',
      'October 2026',
    ]);
    const pdf = rows[1]!.querySelector('button.pdf')!;
    expect(pdf.getAttribute('aria-label')).toBe('Download the October 2026 statement as PDF');
    expect(rows[1]!.querySelector('button.csv')!.getAttribute('aria-label')).toBe(
      'Download the October 2026 statement as CSV (spreadsheet)',
    );
  });

  it('downloads the chosen month and format once, saving it under a dated name', async () => {
    const answer = new Subject<Blob>();
    const download = jest.fn(() => answer);
    const { fixture, element } = await render(() => of(['2026-10']), download);
    const button = element.querySelector<HTMLButtonElement>('button.csv')!;
    button.click();
    button.click();
    expect(download).toHaveBeenCalledTimes(1);
    expect(download).toHaveBeenCalledWith('2026-10', 'csv');
    await fixture.whenStable();
    expect(element.querySelector('.download-outcome')?.textContent).toContain(
      'Preparing the October 2026 statement',
    );
    answer.next(new Blob(['a,b']));
    answer.complete();
    await fixture.whenStable();
    const click = jest.mocked(HTMLAnchorElement.prototype.click);
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('beaus-statement-2026-10.csv');
    expect(button.disabled).toBe(false);
  });

  it('says so when a download fails, and the buttons work again', async () => {
    const download = jest.fn(() => throwError(() => new Error('500')));
    const { fixture, element } = await render(() => of(['2026-10']), download);
    element.querySelector<HTMLButtonElement>('button.pdf')!.click();
    await fixture.whenStable();
    expect(element.querySelector('.download-outcome')?.textContent).toContain(
      'The statement could not be downloaded',
    );
    expect(element.querySelector<HTMLButtonElement>('button.pdf')!.disabled).toBe(false);
  });

  it('explains when there is nothing yet, and offers a retry on error', async () => {
    const empty = await render(() => of([]));
    expect(empty.element.textContent).toContain('No statements yet.');
    TestBed.resetTestingModule();
    const failing = await render(() => throwError(() => new Error('503')));
    expect(failing.element.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('saves the language of statements and e-mails', async () => {
    const setLanguage = jest.fn(() => of('es'));
    const { fixture, element } = await render(() => of(['2026-10']), undefined, 'en', {
      setLanguage,
    });
    const toggles = [...element.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')];
    expect(toggles.map((t) => t.textContent?.trim())).toEqual(['English', 'Español']);
    expect(toggles[0]!.getAttribute('aria-checked')).toBe('true');
    toggles[1]!.click();
    await fixture.whenStable();
    expect(setLanguage).toHaveBeenCalledWith('es');
    expect(element.querySelector('.preference [role="status"]')?.textContent).toContain('Saved.');
    expect(toggles[1]!.getAttribute('aria-checked')).toBe('true');
  });

  it('speaks Spanish', async () => {
    const { element } = await render(() => of(['2026-10']), undefined, 'es');
    expect(element.querySelector('h1')?.textContent).toContain('Estados de cuenta');
    expect(element.querySelector('.month')?.textContent).toBe('octubre de 2026');
  });
});
