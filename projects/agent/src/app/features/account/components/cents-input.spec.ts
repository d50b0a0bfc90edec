import { parseCents } from './cents-input';

describe('parseCents', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['0.07', 7],
    [' 1,234.56 ', 123456],
  ])('reads %p as %p cents', (text, cents) => {
    expect(parseCents(text)).toBe(cents);
  });

  it.each(['', '0', '0.00', '-5', '1.234', '12,5', 'abc'])('refuses %p', (text) => {
    expect(parseCents(text)).toBeNull();
  });
});
