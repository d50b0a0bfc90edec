import { Injectable, inject } from '@angular/core';
import { ApiClient, getMyProfile, setMyProfile, type ResponseOf } from '@beaus/shared';
import type { Observable } from 'rxjs';

export type MyProfile = ResponseOf<typeof getMyProfile>;

/** The driver's phone, mailing and notification preferences (provided by the feature's routes). */
@Injectable()
export class ProfileApi {
  private readonly api = inject(ApiClient);

  load(): Observable<MyProfile> {
    return this.api.call(getMyProfile, undefined);
  }

  save(profile: MyProfile): Observable<MyProfile> {
    return this.api.call(setMyProfile, { body: profile });
  }
}
