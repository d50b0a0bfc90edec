import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@beaus/shared';
import { emptyPlaza, plazaProblems } from '../data/plaza-form';
import type { PlazaDraft } from '../data/plaza-form';

type TextField = Exclude<keyof PlazaDraft, 'direction'>;

/** A new plaza, checked as typed; emits it when every field is right. */
@Component({
  selector: 'beaus-add-plaza-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe],
  template: `
    <details>
      <summary>{{ 'admin.plazaForm.title' | translate }}</summary>
      <form class="fields" (submit)="$event.preventDefault(); submit()">
        @for (field of fields; track field.key) {
          <label>
            <span>{{ field.label | translate }}</span>
            <input
              [name]="field.key"
              [value]="plaza()[field.key]"
              [attr.aria-invalid]="shown()[field.key] ? 'true' : null"
              [attr.aria-describedby]="'plaza-' + field.key + '-problem'"
              (input)="set(field.key, $any($event.target).value)"
            />
            <small class="problem" [id]="'plaza-' + field.key + '-problem'">
              {{ shown()[field.key] ?? '' | translate }}
            </small>
          </label>
        }
        <label>
          <span>{{ 'admin.column.direction' | translate }}</span>
          <select [value]="plaza().direction" (change)="setDirection($any($event.target).value)">
            @for (direction of directions; track direction) {
              <option [value]="direction">{{ direction }}</option>
            }
          </select>
        </label>
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ 'admin.plazaForm.submit' | translate }}
        </button>
      </form>
    </details>
  `,
  styles: `
    details {
      margin-bottom: 16px;
    }
    summary {
      cursor: pointer;
      font: var(--mat-sys-title-medium);
      padding: 8px 0;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      align-items: start;
      gap: 12px;
    }
    label {
      display: grid;
      gap: 4px;
      font: var(--mat-sys-label-large);
    }
    input,
    select {
      font: var(--mat-sys-body-large);
      padding: 6px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    .problem {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class AddPlazaFormComponent {
  readonly busy = input(false);
  readonly added = output<PlazaDraft>();

  protected readonly fields: readonly { key: TextField; label: string }[] = [
    { key: 'code', label: 'admin.column.code' },
    { key: 'name', label: 'admin.column.name' },
    { key: 'roadway', label: 'admin.column.roadway' },
    { key: 'latitude', label: 'admin.plazaForm.latitudeLabel' },
    { key: 'longitude', label: 'admin.plazaForm.longitudeLabel' },
    { key: 'timeZone', label: 'admin.column.timeZone' },
  ];
  protected readonly directions = ['NB', 'SB', 'EB', 'WB'] as const;
  protected readonly plaza = signal<PlazaDraft>(emptyPlaza);
  protected readonly attempted = signal(false);
  protected readonly problems = computed(() => plazaProblems(this.plaza()));
  protected readonly shown = computed(() => (this.attempted() ? this.problems() : {}));

  /** Empties the form once the plaza was added. */
  reset(): void {
    this.plaza.set(emptyPlaza);
    this.attempted.set(false);
  }

  protected set(field: TextField, value: string): void {
    this.plaza.update((plaza) => ({ ...plaza, [field]: value }));
  }

  protected setDirection(direction: PlazaDraft['direction']): void {
    this.plaza.update((plaza) => ({ ...plaza, direction }));
  }

  protected submit(): void {
    this.attempted.set(true);
    if (Object.keys(this.problems()).length === 0) this.added.emit(this.plaza());
  }
}
