import { cardDetailsOf, newIdempotencyKey } from './card-fields';

describe('cardDetailsOf', () => {
  it('reads the number with spaces or dashes and a two- or four-digit year', () => {
    expect(cardDetailsOf({ number: '4242 4242-4242 4242', expiry: '1/29', cvc: '123' })).toEqual({
      number: '4242424242424242',
      expMonth: 1,
      expYear: 2029,
      cvc: '123',
    });
    expect(cardDetailsOf({ number: '4242424242424242', expiry: '12 / 2031', cvc: '1234' })).toEqual(
      expect.objectContaining({ expMonth: 12, expYear: 2031 }),
    );
  });

  it('refuses fields that are not shaped like a card', () => {
    const good = { number: '4242424242424242', expiry: '12/29', cvc: '123' };
    expect(cardDetailsOf({ ...good, number: '4242' })).toBeNull();
    expect(cardDetailsOf({ ...good, expiry: '13/29' })).toBeNull();
    expect(cardDetailsOf({ ...good, expiry: '1229' })).toBeNull();
    expect(cardDetailsOf({ ...good, cvc: '12' })).toBeNull();
  });
});

describe('newIdempotencyKey', () => {
  it('makes a different key each time, in the shape the BFF accepts', () => {
    const [a, b] = [newIdempotencyKey(), newIdempotencyKey()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
  });
});
