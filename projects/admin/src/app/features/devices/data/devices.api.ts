import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  listDevices,
  listPlazaLanes,
  listPlazas,
  registerDevice,
  rotateDeviceCredential,
  setDeviceStatus,
} from '@beaus/shared';
import type { ResponseOf, TablePage, TableQuery } from '@beaus/shared';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';

export type Device = ResponseOf<typeof setDeviceStatus>;
/** A device as listed: with its last week of trips and the share rejected. */
export type DeviceActivity = ResponseOf<typeof listDevices>['items'][number];
export type IssuedCredential = ResponseOf<typeof registerDevice>;
export type Lane = ResponseOf<typeof listPlazaLanes>[number];
export type DeviceStatus = Device['status'];

/** Roadside devices over the generated client (provided by the feature's routes). */
@Injectable()
export class DevicesApi {
  private readonly api = inject(ApiClient);

  list(query: TableQuery): Observable<TablePage<DeviceActivity>> {
    return this.api.call(listDevices, {
      q: query.filter || undefined,
      page: query.pageIndex + 1,
      pageSize: query.pageSize,
    });
  }

  plazas(): Observable<{ id: string; code: string; name: string }[]> {
    return this.api
      .call(listPlazas, { page: 1, pageSize: 100, sort: 'code' })
      .pipe(map((page) => page.items));
  }

  lanes(plazaId: number): Observable<Lane[]> {
    return this.api.call(listPlazaLanes, { plazaId });
  }

  register(laneId: number, name: string): Observable<IssuedCredential> {
    return this.api.call(registerDevice, { body: { laneId, name } });
  }

  rotate(deviceId: number): Observable<IssuedCredential> {
    return this.api.call(rotateDeviceCredential, { deviceId });
  }

  setStatus(deviceId: number, status: DeviceStatus): Observable<Device> {
    return this.api.call(setDeviceStatus, { deviceId, body: { status } });
  }
}
