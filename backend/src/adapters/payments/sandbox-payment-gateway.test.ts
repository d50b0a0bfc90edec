import { CardRejectedError } from './payment-gateway.ts';
import { createSandboxPaymentGateway, passesLuhn } from './sandbox-payment-gateway.ts';

const now = new Date('2026-11-25T12:00:00Z');
const card = (number: string) => ({ number, expMonth: 12, expYear: 2030, cvc: '123' });

describe('sandbox payment gateway', () => {
  const gateway = createSandboxPaymentGateway();

  it('tokenizes a card into a token, brand and last four, never the number', async () => {
    const token = await gateway.tokenizeCard(card('4242 4242 4242 4242'), now);
    expect(token).toMatchObject({ brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 });
    expect(token.token).not.toContain('4242424242424242');
  });

  it('charges the success card and declines the decline card', async () => {
    const ok = await gateway.tokenizeCard(card('4242424242424242'), now);
    const bad = await gateway.tokenizeCard(card('4000000000000002'), now);
    const poor = await gateway.tokenizeCard(card('4000000000009995'), now);
    const charge = (token: string, key: string) =>
      gateway.charge({ token, amountCents: 1250, idempotencyKey: key });
    expect(await charge(ok.token, 'k1')).toMatchObject({
      status: 'succeeded',
      card: { brand: 'visa', last4: '4242' },
    });
    expect(await charge(bad.token, 'k2')).toEqual({
      status: 'declined',
      reason: 'card_declined',
      card: { brand: 'visa', last4: '0002' },
    });
    expect(await charge(poor.token, 'k3')).toEqual({
      status: 'declined',
      reason: 'insufficient_funds',
      card: { brand: 'visa', last4: '9995' },
    });
    expect(await charge('tok_made_up', 'k4')).toEqual({
      status: 'declined',
      reason: 'invalid_token',
    });
  });

  it('returns the first answer for a repeated idempotency key', async () => {
    const ok = await gateway.tokenizeCard(card('5555555555554444'), now);
    const first = await gateway.charge({ token: ok.token, amountCents: 100, idempotencyKey: 'r' });
    const again = await gateway.charge({ token: ok.token, amountCents: 100, idempotencyKey: 'r' });
    expect(again).toEqual(first);
  });

  it('refunds a charge once per key, each refund with its own reference', async () => {
    const ok = await gateway.tokenizeCard(card('4242424242424242'), now);
    const charge = await gateway.charge({
      token: ok.token,
      amountCents: 4000,
      idempotencyKey: 'c',
    });
    if (charge.status !== 'succeeded') throw new Error('the test card should pay');
    const first = await gateway.refund(charge.gatewayRef, 1000, 'refund-1');
    const again = await gateway.refund(charge.gatewayRef, 1000, 'refund-1');
    const second = await gateway.refund(charge.gatewayRef, 500, 'refund-2');
    expect(first.status).toBe('refunded');
    expect(again).toEqual(first);
    expect(second.status).toBe('refunded');
    expect(second.gatewayRef).not.toBe(first.gatewayRef);
  });

  it('fails a refund of something that is not one of its charges', async () => {
    expect(await gateway.refund('ch_elsewhere', 1000, 'refund-3')).toMatchObject({
      status: 'failed',
    });
  });

  it('refuses a mistyped number, an expired card and a bad security code', async () => {
    await expect(gateway.tokenizeCard(card('4242424242424241'), now)).rejects.toThrow(
      CardRejectedError,
    );
    await expect(
      gateway.tokenizeCard({ ...card('4242424242424242'), expYear: 2026, expMonth: 10 }, now),
    ).rejects.toMatchObject({ field: 'expiry' });
    await expect(
      gateway.tokenizeCard({ ...card('4242424242424242'), cvc: '1' }, now),
    ).rejects.toMatchObject({ field: 'cvc' });
  });

  it('checks the Luhn digit', () => {
    expect(passesLuhn('4242424242424242')).toBe(true);
    expect(passesLuhn('4242424242424243')).toBe(false);
  });
});
