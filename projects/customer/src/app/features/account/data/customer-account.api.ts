import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  getMyAccount,
  getMyTripPhoto,
  setMyAutoTopUp,
  tokenizeSandboxCard,
  topUpMyAccount,
} from '@beaus/shared';
import type { ResponseOf } from '@beaus/shared';
import type { Observable } from 'rxjs';

/** The signed-in customer's own account: balance, tags, vehicles and recent trips. */
export type CustomerAccount = ResponseOf<typeof getMyAccount>;
export type TopUpReceipt = ResponseOf<typeof topUpMyAccount>;
export type AutoTopUpSetting = CustomerAccount['autoTopUp'];
export type CustomerTrip = CustomerAccount['recentTrips'][number];

/** The customer's account over the generated client (provided by the feature's routes). */
@Injectable()
export class CustomerAccountApi {
  private readonly api = inject(ApiClient);

  /** The account of whoever is signed in; the BFF decides which from the token. */
  load(): Observable<CustomerAccount> {
    return this.api.call(getMyAccount, undefined);
  }

  /** The photo of one of my trips; a 404 when it is not (or no longer) kept. */
  tripPhoto(tripId: string): Observable<Blob> {
    return this.api.call(getMyTripPhoto, { tripId: Number(tripId) });
  }

  /** Adds money by card: a new card's token, or the card on file when `cardToken` is absent. */
  topUp(amountCents: number, idempotencyKey: string, cardToken?: string): Observable<TopUpReceipt> {
    return this.api.call(topUpMyAccount, {
      'idempotency-key': idempotencyKey,
      body: { amountCents, ...(cardToken ? { cardToken } : {}) },
    });
  }

  setAutoTopUp(autoTopUp: AutoTopUpSetting): Observable<{ autoTopUp: AutoTopUpSetting }> {
    return this.api.call(setMyAutoTopUp, { body: { autoTopUp } });
  }

  /** The sandbox processor's hosted-fields stand-in: card in, token out. */
  tokenizeCard(card: { number: string; expMonth: number; expYear: number; cvc: string }) {
    return this.api.call(tokenizeSandboxCard, { body: card });
  }
}
