import { Observable } from 'rxjs';
import type { CardEntry, CardToken } from './guest-pay.api';

/** One payment attempt: a card's token and the idempotency key its charge is sent with. */
export interface CardAttempt {
  readonly token: string;
  readonly idempotencyKey: string;
  /** "visa •••• 4242", for the receipt. */
  readonly cardLabel: string;
}

/**
 * The guest's payment attempts on one page: paying again with the same card reuses the attempt
 * (its token and key), so a retry after a lost answer can never charge twice; a different card,
 * or an attempt the page forgets (declined, new lookup), starts a new one.
 */
export class CardAttempts {
  private last: (CardAttempt & { card: string }) | null = null;
  private readonly tokenize: (card: CardEntry) => Observable<CardToken>;

  /** @param tokenize the processor's tokenizer (the sandbox one here). */
  constructor(tokenize: (card: CardEntry) => Observable<CardToken>) {
    this.tokenize = tokenize;
  }

  /** The last attempt's card, as the receipt names it; empty before any. */
  get cardLabel(): string {
    return this.last?.cardLabel ?? '';
  }

  /** The next payment starts a new attempt whatever card it uses. */
  forget(): void {
    this.last = null;
  }

  /** The attempt to pay with this card: the last one for the same card, else a fresh token and key. */
  attemptFor(card: CardEntry): Observable<CardAttempt> {
    const fingerprint = JSON.stringify(card);
    return new Observable<CardAttempt>((subscriber) => {
      if (this.last?.card === fingerprint) {
        subscriber.next(this.last);
        subscriber.complete();
        return undefined;
      }
      return this.tokenize(card).subscribe({
        next: (token) => {
          this.last = {
            card: fingerprint,
            idempotencyKey: crypto.randomUUID(),
            token: token.token,
            cardLabel: `${token.brand} •••• ${token.last4}`,
          };
          subscriber.next(this.last);
          subscriber.complete();
        },
        error: (error: unknown) => subscriber.error(error),
      });
    });
  }
}
