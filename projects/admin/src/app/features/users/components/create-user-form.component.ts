import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@beaus/shared';
import { staffRoles } from '../data/users.api';
import type { NewStaffUser, StaffRole } from '../data/users.api';

/** Checks a new staff user as typed (the same rules the BFF applies) and emits it when valid. */
export function newUserProblems(user: NewStaffUser): Partial<Record<keyof NewStaffUser, string>> {
  const problems: Partial<Record<keyof NewStaffUser, string>> = {};
  if (!/^[a-z][a-z0-9._-]{2,39}$/.test(user.username))
    problems.username = 'admin.users.usernameInvalid';
  if (!user.displayName.trim()) problems.displayName = 'admin.users.nameRequired';
  if (user.roles.length === 0) problems.roles = 'admin.users.roleRequired';
  if (user.password.length < 12) problems.password = 'admin.users.passwordShort';
  return problems;
}

@Component({
  selector: 'beaus-create-user-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe],
  template: `
    <form class="fields" (submit)="$event.preventDefault(); submit()">
      <label>
        <span>{{ 'admin.users.username' | translate }}</span>
        <input
          name="username"
          [value]="user().username"
          [attr.aria-invalid]="shown().username ? 'true' : null"
          aria-describedby="username-problem"
          (input)="set('username', $any($event.target).value)"
        />
        <small id="username-problem" class="problem">{{
          shown().username ?? '' | translate
        }}</small>
      </label>
      <label>
        <span>{{ 'admin.users.displayName' | translate }}</span>
        <input
          name="displayName"
          [value]="user().displayName"
          [attr.aria-invalid]="shown().displayName ? 'true' : null"
          aria-describedby="name-problem"
          (input)="set('displayName', $any($event.target).value)"
        />
        <small id="name-problem" class="problem">{{ shown().displayName ?? '' | translate }}</small>
      </label>
      <label>
        <span>{{ 'admin.users.email' | translate }}</span>
        <input
          name="email"
          type="email"
          [value]="user().email ?? ''"
          (input)="set('email', $any($event.target).value)"
        />
      </label>
      <label>
        <span>{{ 'admin.users.team' | translate }}</span>
        <input
          name="team"
          [value]="user().team ?? ''"
          (input)="set('team', $any($event.target).value)"
        />
      </label>
      <fieldset [attr.aria-invalid]="shown().roles ? 'true' : null">
        <legend>{{ 'admin.users.roles' | translate }}</legend>
        @for (role of roles; track role) {
          <label class="check">
            <input
              type="checkbox"
              [checked]="user().roles.includes(role)"
              (change)="toggle(role)"
            />
            {{ 'admin.role.' + role | translate }}
          </label>
        }
        <small class="problem">{{ shown().roles ?? '' | translate }}</small>
      </fieldset>
      <label>
        <span>{{ 'admin.users.password' | translate }}</span>
        <input
          name="password"
          type="password"
          autocomplete="new-password"
          [value]="user().password"
          [attr.aria-invalid]="shown().password ? 'true' : null"
          aria-describedby="password-problem"
          (input)="set('password', $any($event.target).value)"
        />
        <small id="password-problem" class="problem">{{
          shown().password ?? '' | translate
        }}</small>
      </label>
      <button mat-flat-button type="submit" [disabled]="busy()">
        {{ 'admin.users.create' | translate }}
      </button>
    </form>
  `,
  styleUrl: './user-forms.scss',
})
export class CreateUserFormComponent {
  readonly busy = input(false);
  readonly created = output<NewStaffUser>();

  protected readonly roles = staffRoles;
  protected readonly user = signal<NewStaffUser>(blank());
  protected readonly attempted = signal(false);
  protected readonly problems = computed(() => newUserProblems(this.user()));
  protected readonly shown = computed(() => (this.attempted() ? this.problems() : {}));

  /** Clears the form after the user was created. */
  reset(): void {
    this.user.set(blank());
    this.attempted.set(false);
  }

  protected set(
    field: 'username' | 'displayName' | 'email' | 'team' | 'password',
    value: string,
  ): void {
    this.user.update((user) => ({ ...user, [field]: value }));
  }

  protected toggle(role: StaffRole): void {
    this.user.update((user) => ({
      ...user,
      roles: user.roles.includes(role)
        ? user.roles.filter((r) => r !== role)
        : [...user.roles, role],
    }));
  }

  protected submit(): void {
    this.attempted.set(true);
    if (Object.keys(this.problems()).length > 0) return;
    const { email, team, ...rest } = this.user();
    this.created.emit({
      ...rest,
      displayName: rest.displayName.trim(),
      ...(email?.trim() ? { email: email.trim() } : {}),
      ...(team?.trim() ? { team: team.trim() } : {}),
    });
  }
}

function blank(): NewStaffUser {
  return { username: '', displayName: '', email: '', team: '', roles: ['agent'], password: '' };
}
