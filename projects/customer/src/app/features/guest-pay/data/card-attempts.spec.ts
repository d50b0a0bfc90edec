import { firstValueFrom, of, throwError } from 'rxjs';
import { CardAttempts } from './card-attempts';
import type { CardToken } from './guest-pay.api';

const visa = { number: '4242424242424242', expMonth: 12, expYear: 2031, cvc: '123' };
const declining = { ...visa, number: '4000000000000002' };
const tokenOf = (card: { number: string }): CardToken => ({
  token: `tok_sbx_${card.number}`,
  brand: 'visa',
  last4: card.number.slice(-4),
  expMonth: 12,
  expYear: 2031,
});

describe('CardAttempts', () => {
  function attempts() {
    const tokenize = jest.fn((card: { number: string }) => of(tokenOf(card)));
    return { tokenize, attempts: new CardAttempts(tokenize) };
  }

  it('pays again with the same card under the same key, so a retry cannot charge twice', async () => {
    const { tokenize, attempts: cards } = attempts();
    const first = await firstValueFrom(cards.attemptFor(visa));
    const retry = await firstValueFrom(cards.attemptFor({ ...visa }));
    expect(tokenize).toHaveBeenCalledTimes(1);
    expect(retry.idempotencyKey).toBe(first.idempotencyKey);
    expect(retry.token).toBe('tok_sbx_4242424242424242');
    expect(cards.cardLabel).toBe('visa •••• 4242');
  });

  it('starts a new attempt for a different card or once the page forgets the last one', async () => {
    const { tokenize, attempts: cards } = attempts();
    const first = await firstValueFrom(cards.attemptFor(visa));
    const other = await firstValueFrom(cards.attemptFor(declining));
    cards.forget();
    expect(cards.cardLabel).toBe('');
    const again = await firstValueFrom(cards.attemptFor(declining));
    expect(tokenize).toHaveBeenCalledTimes(3);
    expect(new Set([first, other, again].map((a) => a.idempotencyKey)).size).toBe(3);
  });

  it('passes the tokenizer refusal on and keeps no attempt', async () => {
    const refusal = new Error('card refused');
    const cards = new CardAttempts(() => throwError(() => refusal));
    await expect(firstValueFrom(cards.attemptFor(visa))).rejects.toBe(refusal);
    expect(cards.cardLabel).toBe('');
  });
});
