import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@beaus/shared';
import { of } from 'rxjs';
import { DevicesApi } from '../data/devices.api';

const namePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;

/** Plaza → lane → name, checked as typed; emits what to register. */
@Component({
  selector: 'beaus-register-device-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe],
  template: `
    <form class="fields" (submit)="$event.preventDefault(); submit()">
      <h2 class="beaus-visually-hidden">{{ 'admin.devices.register' | translate }}</h2>
      <label>
        <span>{{ 'admin.devices.plaza' | translate }}</span>
        <select
          data-testid="device-plaza"
          (change)="plazaId.set(+$any($event.target).value || null)"
        >
          <option value="">{{ 'admin.devices.choosePlaza' | translate }}</option>
          @for (plaza of plazas.value() ?? []; track plaza.id) {
            <option [value]="plaza.id">{{ plaza.code }} · {{ plaza.name }}</option>
          }
        </select>
      </label>
      <label>
        <span>{{ 'admin.devices.lane' | translate }}</span>
        <select
          data-testid="device-lane"
          [attr.aria-invalid]="attempted() && laneId() === null ? 'true' : null"
          (change)="laneId.set(+$any($event.target).value || null)"
        >
          <option value="">{{ 'admin.devices.chooseLane' | translate }}</option>
          @for (lane of lanes.value() ?? []; track lane.id) {
            <option [value]="lane.id">{{ lane.code }} ({{ lane.type }})</option>
          }
        </select>
      </label>
      <label>
        <span>{{ 'admin.devices.name' | translate }}</span>
        <input
          data-testid="device-name"
          [value]="name()"
          [attr.aria-invalid]="attempted() && !nameValid() ? 'true' : null"
          aria-describedby="device-name-hint"
          (input)="name.set($any($event.target).value)"
        />
      </label>
      <button mat-flat-button type="submit" [disabled]="busy()">
        {{ 'admin.devices.submit' | translate }}
      </button>
    </form>
    <p id="device-name-hint" [class.problem]="attempted() && !nameValid()">
      {{
        (attempted() && !nameValid() ? 'admin.devices.nameInvalid' : 'admin.devices.nameHint')
          | translate
      }}
    </p>
    @if (attempted() && laneId() === null) {
      <p class="problem" role="alert">{{ 'admin.devices.laneRequired' | translate }}</p>
    }
  `,
  styles: `
    .fields {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 12px;
    }
    label {
      display: grid;
      gap: 4px;
      font: var(--mat-sys-label-large);
    }
    select,
    input {
      font: var(--mat-sys-body-large);
      padding: 6px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
})
export class RegisterDeviceFormComponent {
  private readonly api = inject(DevicesApi);

  readonly busy = input(false);
  readonly registered = output<{ laneId: number; name: string }>();

  protected readonly plazaId = signal<number | null>(null);
  protected readonly laneId = signal<number | null>(null);
  protected readonly name = signal('');
  protected readonly attempted = signal(false);
  protected readonly nameValid = computed(() => namePattern.test(this.name().trim()));
  protected readonly plazas = rxResource({ stream: () => this.api.plazas() });
  protected readonly lanes = rxResource({
    params: () => this.plazaId(),
    stream: ({ params }) => (params === null ? of([]) : this.api.lanes(params)),
  });

  protected submit(): void {
    this.attempted.set(true);
    const laneId = this.laneId();
    if (laneId === null || !this.nameValid()) return;
    this.registered.emit({ laneId, name: this.name().trim() });
  }
}
