import { centsText, localInputValue, parseCents, startOfTomorrow } from './cents-text';

describe('parseCents', () => {
  it('reads dollars and cents exactly', () => {
    expect(parseCents('2.35')).toBe(235);
    expect(parseCents('2.3')).toBe(230);
    expect(parseCents(' 12 ')).toBe(1200);
    expect(parseCents('0.07')).toBe(7);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '2.345', '-1', '1,5', '1e3'])
      expect(parseCents(text)).toBeNull();
  });

  it('round-trips with centsText', () => {
    for (const cents of [0, 5, 99, 100, 235, 123456])
      expect(parseCents(centsText(cents))).toBe(cents);
  });
});

describe('dates for inputs', () => {
  it('gives tomorrow midnight and a datetime-local value', () => {
    const tomorrow = startOfTomorrow(new Date(2026, 10, 25, 15, 30));
    expect(localInputValue(tomorrow)).toBe('2026-11-26T00:00');
  });
});
