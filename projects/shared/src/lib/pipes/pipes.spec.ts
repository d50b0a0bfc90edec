import { TestBed } from '@angular/core/testing';
import { TranslationService } from '../i18n/translation.service';
import { MoneyPipe } from './money.pipe';
import { PlatePipe } from './plate.pipe';
import { normalisePlate } from './plate';
import { ZonedDatePipe } from './zoned-date.pipe';

describe('pipes', () => {
  let translations: TranslationService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [MoneyPipe, ZonedDatePipe] });
    translations = TestBed.inject(TranslationService);
    translations.use('en');
  });

  it('money renders cents in the current locale and nothing for a missing amount', () => {
    const pipe = TestBed.inject(MoneyPipe);
    expect(pipe.transform(1999)).toBe('$19.99');
    expect(pipe.transform(null)).toBe('');
    expect(pipe.transform(undefined)).toBe('');
  });

  it('plate normalises spacing, dashes and case and adds the jurisdiction', () => {
    expect(normalisePlate(' abc-1 23 ')).toBe('ABC123');
    expect(new PlatePipe().transform('ab c-12', 'nc')).toBe('NC ABC12');
    expect(new PlatePipe().transform('xyz9')).toBe('XYZ9');
    expect(new PlatePipe().transform(null)).toBe('');
  });

  it('zonedDate shows the instant in the plaza time zone, not the browser one', () => {
    const pipe = TestBed.inject(ZonedDatePipe);
    const instant = '2026-03-03T12:42:00Z';
    expect(pipe.transform(instant, 'America/New_York')).toBe('Mar 3, 2026, 7:42 AM EST');
    expect(pipe.transform(instant, 'America/Los_Angeles', 'time')).toBe('4:42 AM PST');
    expect(pipe.transform(instant, 'Asia/Tokyo', 'date')).toBe('Mar 3, 2026');
    expect(pipe.transform(null, 'UTC')).toBe('');
  });

  it('zonedDate follows the language switch', () => {
    const pipe = TestBed.inject(ZonedDatePipe);
    translations.use('es');
    expect(pipe.transform('2026-03-03T12:42:00Z', 'UTC', 'date')).toBe('3 mar 2026');
  });
});
