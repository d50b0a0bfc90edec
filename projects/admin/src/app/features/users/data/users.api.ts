import { Injectable, inject } from '@angular/core';
import { ApiClient, createStaffUser, listStaffUsers, updateStaffUser } from '@beaus/shared';
import type { ParamsOf, ResponseOf, TablePage, TableQuery } from '@beaus/shared';
import type { Observable } from 'rxjs';

export type StaffUser = ResponseOf<typeof listStaffUsers>['items'][number];
export type StaffRole = StaffUser['roles'][number];
export type NewStaffUser = ParamsOf<typeof createStaffUser>['body'];
export type StaffChange = ParamsOf<typeof updateStaffUser>['body'];
export const staffRoles: readonly StaffRole[] = ['agent', 'supervisor', 'admin'];

/** Staff users over the generated client. */
@Injectable()
export class UsersApi {
  private readonly api = inject(ApiClient);

  list(query: TableQuery): Observable<TablePage<StaffUser>> {
    return this.api.call(listStaffUsers, {
      q: query.filter || undefined,
      page: query.pageIndex + 1,
      pageSize: query.pageSize,
    });
  }

  create(user: NewStaffUser): Observable<StaffUser> {
    return this.api.call(createStaffUser, { body: user });
  }

  change(userId: number, change: StaffChange): Observable<StaffUser> {
    return this.api.call(updateStaffUser, { userId, body: change });
  }
}
