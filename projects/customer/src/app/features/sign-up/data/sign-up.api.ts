import { Injectable, inject } from '@angular/core';
import { ApiClient, signUp, tokenizeSandboxCard, type ResponseOf } from '@beaus/shared';
import type { SignUp$Params } from '@beaus/shared';
import type { Observable } from 'rxjs';

export type SignUpRequest = SignUp$Params['body'];
export type SignUpResult = ResponseOf<typeof signUp>;
export type CardToken = ResponseOf<typeof tokenizeSandboxCard>;

/** Sign-up over the generated client (provided by the feature's routes). */
@Injectable()
export class SignUpApi {
  private readonly api = inject(ApiClient);

  /** The sandbox processor's hosted-fields stand-in: card in, token out. */
  tokenizeCard(card: {
    number: string;
    expMonth: number;
    expYear: number;
    cvc: string;
  }): Observable<CardToken> {
    return this.api.call(tokenizeSandboxCard, { body: card });
  }

  signUp(request: SignUpRequest): Observable<SignUpResult> {
    return this.api.call(signUp, { body: request });
  }
}
