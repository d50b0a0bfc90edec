import { Injectable, inject } from '@angular/core';
import { ApiClient, getMyAccount } from '@beaus/shared';
import type { ResponseOf } from '@beaus/shared';
import type { Observable } from 'rxjs';

/** The signed-in customer's own account: balance, tags, vehicles and recent trips. */
export type CustomerAccount = ResponseOf<typeof getMyAccount>;

/** The customer's account over the generated client (provided by the feature's routes). */
@Injectable()
export class CustomerAccountApi {
  private readonly api = inject(ApiClient);

  /** The account of whoever is signed in; the BFF decides which from the token. */
  load(): Observable<CustomerAccount> {
    return this.api.call(getMyAccount, undefined);
  }
}
