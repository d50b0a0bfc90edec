import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import {
  DataTableComponent,
  StatusChipComponent,
  TableCellDirective,
  ToastService,
  TranslatePipe,
  TranslationService,
} from '@beaus/shared';
import type { TableColumn, TableLoader } from '@beaus/shared';
import type { Observable } from 'rxjs';
import { messageOf } from '../../../common/api-error';
import { CreateUserFormComponent } from '../components/create-user-form.component';
import { EditUserComponent } from '../components/edit-user.component';
import { UsersApi } from '../data/users.api';
import type { NewStaffUser, StaffChange, StaffUser } from '../data/users.api';

/** Staff users: create, assign roles and team, disable. */
@Component({
  selector: 'beaus-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DataTableComponent,
    TableCellDirective,
    StatusChipComponent,
    TranslatePipe,
    CreateUserFormComponent,
    EditUserComponent,
  ],
  template: `
    <div class="beaus-page">
      <h1 class="beaus-page-title">{{ 'admin.users.title' | translate }}</h1>
      <p>{{ 'admin.users.help' | translate }}</p>
      <beaus-create-user-form [busy]="busy()" (created)="create($event)" />
      <p>{{ 'admin.users.openHint' | translate }}</p>
      <beaus-data-table
        labelKey="admin.users.table"
        emptyKey="admin.users.none"
        [columns]="columns"
        [loader]="loadUsers"
        [filterable]="true"
        [activatable]="true"
        (rowActivate)="selected.set($event)"
      >
        <ng-template beausCell="disabled" let-user>
          <beaus-status-chip [status]="user.disabled ? 'disabled' : 'enabled'" />
        </ng-template>
      </beaus-data-table>
      @if (selected(); as user) {
        <beaus-edit-user [user]="user" [busy]="busy()" (changed)="change(user, $event)" />
      }
    </div>
  `,
})
export default class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly toast = inject(ToastService);
  private readonly translations = inject(TranslationService);
  private readonly table = viewChild.required(DataTableComponent);
  private readonly form = viewChild.required(CreateUserFormComponent);

  protected readonly busy = signal(false);
  protected readonly selected = signal<StaffUser | null>(null);
  protected readonly columns: readonly TableColumn<StaffUser>[] = [
    { key: 'username', headerKey: 'admin.users.username' },
    { key: 'displayName', headerKey: 'admin.users.displayName' },
    { key: 'roles', headerKey: 'admin.users.roles', value: (u) => u.roles.join(', ') },
    { key: 'team', headerKey: 'admin.users.team' },
    { key: 'disabled', headerKey: 'admin.users.state' },
  ];
  protected readonly loadUsers: TableLoader<StaffUser> = (query) => this.api.list(query);

  protected create(user: NewStaffUser): void {
    this.run(this.api.create(user), 'admin.users.created', () => this.form().reset());
  }

  protected change(user: StaffUser, change: StaffChange): void {
    this.run(this.api.change(Number(user.id), change), 'admin.users.saved', (saved) =>
      this.selected.set(saved),
    );
  }

  private run(call: Observable<StaffUser>, doneKey: string, done: (user: StaffUser) => void): void {
    this.busy.set(true);
    call.subscribe({
      next: (user) => {
        this.busy.set(false);
        done(user);
        this.table().reload();
        this.toast.info(this.translations.translate(doneKey));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.toast.error(this.translations.translate(messageOf(error)));
      },
    });
  }
}
