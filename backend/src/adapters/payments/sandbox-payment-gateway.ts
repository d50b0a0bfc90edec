import { createHash, randomBytes } from 'node:crypto';
import { probeHealth } from '../health-status.ts';
import {
  CardRejectedError,
  type CardDetails,
  type CardToken,
  type ChargeRequest,
  type ChargeResult,
  type DeclineReason,
  type PaymentGateway,
  type RefundResult,
} from './payment-gateway.ts';

type Outcome = 'ok' | Exclude<DeclineReason, 'invalid_token'>;

/** Test cards as processors publish them: the number decides what a charge does. */
export const sandboxTestCards: Readonly<Record<string, Outcome>> = {
  '4242424242424242': 'ok',
  '5555555555554444': 'ok',
  '4000000000000002': 'card_declined',
  '4000000000009995': 'insufficient_funds',
  '4000000000000069': 'expired_card',
  '4000000000000119': 'processing_error',
};

const outcomeCodes: Record<Outcome, string> = {
  ok: 'ok',
  card_declined: 'dc',
  insufficient_funds: 'nf',
  expired_card: 'ex',
  processing_error: 'pe',
};

const SEEDED_CARD = /^sandbox_pm_[0-9a-z]+_\d+$/;
const TOKEN = /^tok_sbx_(ok|dc|nf|ex|pe)_([a-z]+)_(\d{4})_[0-9a-f]{16}$/;

/**
 * A deterministic stand-in for a card processor. The token carries the test card's outcome, so
 * any BFF instance can charge it without shared state; charges and refunds are remembered by
 * idempotency key, as a real processor does, so a repeated key returns the first answer.
 */
export function createSandboxPaymentGateway(): PaymentGateway {
  const charges = new Map<string, ChargeResult>();
  const refunds = new Map<string, RefundResult>();
  return {
    kind: 'sandbox',
    async tokenizeCard(card: CardDetails, now: Date): Promise<CardToken> {
      const number = card.number.replace(/[\s-]/g, '');
      if (!/^\d{12,19}$/.test(number) || !passesLuhn(number)) {
        throw new CardRejectedError('number', 'The card number is not valid.');
      }
      const expiresAfter = Date.UTC(card.expYear, card.expMonth, 1);
      if (card.expMonth < 1 || card.expMonth > 12 || expiresAfter <= now.getTime()) {
        throw new CardRejectedError('expiry', 'The card has expired.');
      }
      if (!/^\d{3,4}$/.test(card.cvc)) {
        throw new CardRejectedError('cvc', 'The security code is not valid.');
      }
      const outcome = sandboxTestCards[number] ?? 'ok';
      const brand = brandOf(number);
      const last4 = number.slice(-4);
      const token = `tok_sbx_${outcomeCodes[outcome]}_${brand}_${last4}_${randomBytes(8).toString('hex')}`;
      return { token, brand, last4, expMonth: card.expMonth, expYear: card.expYear };
    },
    async charge(request: ChargeRequest): Promise<ChargeResult> {
      const earlier = charges.get(request.idempotencyKey);
      if (earlier) return earlier;
      // Cards on file in the demo data carry stored-card tokens; they behave like 4242….
      const parsed = TOKEN.exec(request.token);
      const code = SEEDED_CARD.test(request.token) ? 'ok' : parsed?.[1];
      // What the token resolves to at the processor; a stored-card token names no card here.
      const [, , brand, last4] = parsed ?? [];
      const card = brand && last4 ? { card: { brand, last4 } } : {};
      let result: ChargeResult;
      if (code === undefined) result = { status: 'declined', reason: 'invalid_token' };
      else if (code !== 'ok') result = { status: 'declined', reason: reasonOf(code), ...card };
      else result = { status: 'succeeded', gatewayRef: chargeRef(request), ...card };
      charges.set(request.idempotencyKey, result);
      return result;
    },
    async refund(
      gatewayRef: string,
      amountCents: number,
      idempotencyKey: string,
    ): Promise<RefundResult> {
      const earlier = refunds.get(idempotencyKey);
      if (earlier) return earlier;
      const ok = gatewayRef.startsWith('sbx_ch_') && Number.isSafeInteger(amountCents);
      // One reference per refund (keyed), so several partial refunds of a charge stay apart.
      const digest = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 20);
      const result: RefundResult = {
        status: ok && amountCents > 0 ? 'refunded' : 'failed',
        gatewayRef: `sbx_re_${digest}`,
      };
      refunds.set(idempotencyKey, result);
      return result;
    },
    health: () => probeHealth('sandbox', async () => undefined),
  };
}

function reasonOf(code: string): DeclineReason {
  const entry = Object.entries(outcomeCodes).find(([, value]) => value === code);
  return (entry?.[0] ?? 'processing_error') as DeclineReason;
}

function chargeRef(request: ChargeRequest): string {
  const digest = createHash('sha256').update(request.idempotencyKey).digest('hex');
  return `sbx_ch_${digest.slice(0, 20)}`;
}

function brandOf(number: string): string {
  if (number.startsWith('4')) return 'visa';
  if (/^5[1-5]/.test(number) || /^2[2-7]/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  if (number.startsWith('6')) return 'discover';
  return 'card';
}

/** The check digit every card number carries; catches most typing slips before a charge. */
export function passesLuhn(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
