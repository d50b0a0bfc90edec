import type { HealthStatus } from '../health-status.ts';

/** What the processor's hosted card fields collect; it reaches the processor, never Beaus. */
export interface CardDetails {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
}

/** The only card data Beaus keeps: the processor's token and what a person recognises. */
export interface CardToken {
  token: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export interface ChargeRequest {
  token: string;
  amountCents: number;
  /** Passed to the processor too, so even a retry past our own claim cannot charge twice. */
  idempotencyKey: string;
}

/** The card a charge went to, as the processor reports it: never more than brand and last four. */
export interface ChargedCard {
  brand: string;
  last4: string;
}

/** `card` is absent when the processor could not tell (an unknown token). */
export type ChargeResult =
  | { status: 'succeeded'; gatewayRef: string; card?: ChargedCard }
  | { status: 'declined'; reason: DeclineReason; card?: ChargedCard };

export type DeclineReason =
  'card_declined' | 'insufficient_funds' | 'expired_card' | 'invalid_token' | 'processing_error';

export interface RefundResult {
  status: 'refunded' | 'failed';
  gatewayRef: string;
}

/** Thrown by tokenizeCard when the hosted fields would have refused the card. */
export class CardRejectedError extends Error {
  readonly field: 'number' | 'expiry' | 'cvc';

  constructor(field: 'number' | 'expiry' | 'cvc', message: string) {
    super(message);
    this.name = 'CardRejectedError';
    this.field = field;
  }
}

/**
 * The card processor. Beaus only ever holds tokens: `tokenizeCard` stands in for the processor's
 * hosted fields (in production the browser posts the card straight to the processor).
 */
export interface PaymentGateway {
  readonly kind: string;
  tokenizeCard(card: CardDetails, now: Date): Promise<CardToken>;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  refund(gatewayRef: string, amountCents: number, idempotencyKey: string): Promise<RefundResult>;
  health(): Promise<HealthStatus>;
}
