import type { CardDetails } from '../data/card-payment.api';

/** What the agent types into the card fields, before it becomes the processor's request. */
export interface CardFieldsInput {
  readonly number: string;
  readonly expiry: string;
  readonly cvc: string;
}

/**
 * Reads the typed card fields ("4242 4242 4242 4242", "12/29" or "12/2029", "123") into the
 * tokenize request; null when a field is not even shaped right (the processor checks the rest).
 */
export function cardDetailsOf(fields: CardFieldsInput): CardDetails | null {
  const number = fields.number.replace(/[\s-]/g, '');
  const expiry = /^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/.exec(fields.expiry.trim());
  const cvc = fields.cvc.trim();
  if (!/^\d{12,19}$/.test(number) || !expiry || !/^\d{3,4}$/.test(cvc)) return null;
  const expMonth = Number(expiry[1]);
  const year = Number(expiry[2]);
  if (expMonth < 1 || expMonth > 12) return null;
  return { number, expMonth, expYear: year < 100 ? 2000 + year : year, cvc };
}

/** A fresh idempotency key: one per dialog opening, so a double-click or retry charges once. */
export function newIdempotencyKey(): string {
  return `agent-${globalThis.crypto.randomUUID()}`;
}
