import { Injectable, inject } from '@angular/core';
import { ApiClient, getAgentAccountTripImage } from '@beaus/shared';
import type { Observable } from 'rxjs';

/** Evidence images of an account's trips (provided by the feature's routes). */
@Injectable()
export class TripImageApi {
  private readonly api = inject(ApiClient);

  /** The image as a blob: the request carries the agent's token, so no plain `<img src>`. */
  image(accountId: number, tripId: number, index: number): Observable<Blob> {
    return this.api.call(getAgentAccountTripImage, { accountId, tripId, index });
  }
}
