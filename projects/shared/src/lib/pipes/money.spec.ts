import { formatCents } from './money';

describe('formatCents', () => {
  it('formats whole and fractional cents', () => {
    expect(formatCents(0)).toBe('$0.00');
    expect(formatCents(5)).toBe('$0.05');
    expect(formatCents(250)).toBe('$2.50');
    expect(formatCents(123456)).toBe('$1,234.56');
  });

  it('keeps the sign of refunds and reversals', () => {
    expect(formatCents(-1)).toBe('-$0.01');
    expect(formatCents(-4000)).toBe('-$40.00');
  });

  it('prints the largest safe integer exactly, with no floating point rounding', () => {
    expect(formatCents(Number.MAX_SAFE_INTEGER)).toBe('$90,071,992,547,409.91');
    expect(formatCents(12345678901234567890n)).toBe('$123,456,789,012,345,678.90');
  });

  it('does not round amounts that are inexact as floats', () => {
    // 0.1 + 0.2 style errors would show here if the cents were divided by 100.
    expect(formatCents(30)).toBe('$0.30');
    expect(formatCents(1005)).toBe('$10.05');
  });

  it('refuses amounts that are not integer cents', () => {
    expect(() => formatCents(12.5)).toThrow(RangeError);
    expect(() => formatCents(Number.NaN)).toThrow(RangeError);
  });

  it('follows the locale and the currency minor units', () => {
    expect(formatCents(123456, 'USD', 'es-US')).toBe('$1,234.56');
    expect(formatCents(1234, 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatCents(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
  });
});
