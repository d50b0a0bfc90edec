import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  addMyVehicle,
  endMyVehicle,
  reportMyTag,
  requestMyTag,
  setMyBackupCard,
  type ResponseOf,
} from '@beaus/shared';
import type { AddMyVehicle$Params, SetMyBackupCard$Params } from '@beaus/shared';
import type { Observable } from 'rxjs';

export type NewVehicle = AddMyVehicle$Params['body'];
export type MyVehicle = ResponseOf<typeof addMyVehicle>;

/** The driver's own vehicles and tags (provided by the feature's routes). */
@Injectable()
export class SelfServiceApi {
  private readonly api = inject(ApiClient);

  addVehicle(vehicle: NewVehicle): Observable<MyVehicle> {
    return this.api.call(addMyVehicle, { body: vehicle });
  }

  /** Ends the vehicle today. */
  endVehicle(vehicleId: string): Observable<MyVehicle> {
    return this.api.call(endMyVehicle, { vehicleId: Number(vehicleId), body: {} });
  }

  requestTag(vehicleId: string): Observable<ResponseOf<typeof requestMyTag>> {
    return this.api.call(requestMyTag, { body: { vehicleId: Number(vehicleId) } });
  }

  reportTag(tagId: string, status: 'lost' | 'stolen'): Observable<ResponseOf<typeof reportMyTag>> {
    return this.api.call(reportMyTag, { tagId: Number(tagId), body: { status } });
  }

  /** Sets the card auto top-up falls back to: the processor's token, never the number. */
  setBackupCard(card: SetMyBackupCard$Params['body']): Observable<ResponseOf<typeof setMyBackupCard>> {
    return this.api.call(setMyBackupCard, { body: card });
  }
}
