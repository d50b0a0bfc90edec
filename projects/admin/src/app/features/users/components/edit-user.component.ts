import { ChangeDetectionStrategy, Component, input, linkedSignal, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@beaus/shared';
import { staffRoles } from '../data/users.api';
import type { StaffChange, StaffRole, StaffUser } from '../data/users.api';

/** Roles, team and state of one staff user. */
@Component({
  selector: 'beaus-edit-user',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe],
  template: `
    <section aria-labelledby="edit-user-title">
      <h2 id="edit-user-title">
        {{ 'admin.users.edit' | translate: { username: user().username } }}
      </h2>
      <form class="fields" (submit)="$event.preventDefault(); save()">
        <fieldset>
          <legend>{{ 'admin.users.roles' | translate }}</legend>
          @for (role of roles; track role) {
            <label class="check">
              <input type="checkbox" [checked]="chosen().includes(role)" (change)="toggle(role)" />
              {{ 'admin.role.' + role | translate }}
            </label>
          }
          @if (chosen().length === 0) {
            <small class="problem" role="alert">{{ 'admin.users.roleRequired' | translate }}</small>
          }
        </fieldset>
        <label>
          <span>{{ 'admin.users.team' | translate }}</span>
          <input [value]="team()" (input)="team.set($any($event.target).value)" />
        </label>
        <button mat-flat-button type="submit" [disabled]="busy() || chosen().length === 0">
          {{ 'admin.users.save' | translate }}
        </button>
        <button
          mat-stroked-button
          type="button"
          [disabled]="busy()"
          (click)="changed.emit({ disabled: !user().disabled })"
        >
          {{ (user().disabled ? 'admin.users.enable' : 'admin.users.disable') | translate }}
        </button>
      </form>
    </section>
  `,
  styleUrl: './user-forms.scss',
})
export class EditUserComponent {
  readonly user = input.required<StaffUser>();
  readonly busy = input(false);
  readonly changed = output<StaffChange>();

  protected readonly roles = staffRoles;
  protected readonly chosen = linkedSignal<StaffRole[]>(() => [...this.user().roles]);
  protected readonly team = linkedSignal(() => this.user().team ?? '');

  protected toggle(role: StaffRole): void {
    this.chosen.update((roles) =>
      roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role],
    );
  }

  protected save(): void {
    this.changed.emit({ roles: this.chosen(), team: this.team().trim() || null });
  }
}
