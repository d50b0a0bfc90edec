import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@beaus/shared';
import { plazaChanges, plazaDirections, plazaDraftOf, plazaProblems } from '../data/plaza-form';
import type { PlazaChange, PlazaDirection, PlazaDraft } from '../data/plaza-form';
import type { PlazaSummary } from '../data/plazas.api';

type EditableText = 'name' | 'roadway' | 'latitude' | 'longitude' | 'timeZone';

/**
 * A stored plaza's fields, corrected in place. A field's problem shows once the admin leaves it
 * (or tries to save); `saved` carries only the fields that changed.
 */
@Component({
  selector: 'beaus-edit-plaza-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe],
  styleUrl: './plaza-forms.scss',
  template: `
    <h2 id="plaza-edit-title">{{ 'admin.plazaEdit.title' | translate }}</h2>
    <form
      aria-labelledby="plaza-edit-title"
      (submit)="$event.preventDefault(); submit()"
      (reset)="$event.preventDefault(); undo()"
    >
      <div class="fields">
        <label>
          <span>{{ 'admin.column.code' | translate }}</span>
          <input
            name="code"
            readonly
            [value]="plaza().code"
            aria-describedby="plaza-edit-code-hint"
          />
          <small class="hint" id="plaza-edit-code-hint">
            {{ 'admin.plazaEdit.codeFixed' | translate }}
          </small>
        </label>
        @for (field of fields; track field.key) {
          <label>
            <span>{{ field.label | translate }}</span>
            <input
              [name]="field.key"
              [attr.data-testid]="'plaza-edit-' + field.key"
              [value]="draft()[field.key]"
              [attr.aria-invalid]="shown()[field.key] ? 'true' : null"
              [attr.aria-describedby]="describedBy(field.key, field.hint)"
              (input)="set(field.key, $any($event.target).value)"
              (blur)="leave(field.key)"
            />
            @if (field.hint) {
              <small class="hint" [id]="'plaza-edit-' + field.key + '-hint'">
                {{ field.hint | translate }}
              </small>
            }
            <small class="problem" [id]="'plaza-edit-' + field.key + '-problem'">
              {{ shown()[field.key] ?? '' | translate }}
            </small>
          </label>
        }
        <label>
          <span>{{ 'admin.column.direction' | translate }}</span>
          <select
            name="direction"
            data-testid="plaza-edit-direction"
            [value]="draft().direction"
            (change)="setDirection($any($event.target).value)"
          >
            @for (direction of directions; track direction) {
              <option [value]="direction" [selected]="direction === draft().direction">
                {{ direction }}
              </option>
            }
          </select>
        </label>
      </div>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ 'admin.plazaEdit.submit' | translate }}
        </button>
        <button mat-button type="reset" [disabled]="busy() || !changed()">
          {{ 'admin.plazaEdit.reset' | translate }}
        </button>
        <small class="hint" role="status">
          {{ attempted() && !changed() ? ('admin.plazaEdit.unchanged' | translate) : '' }}
        </small>
      </div>
    </form>
  `,
})
export class EditPlazaFormComponent {
  /** The plaza as stored; the form starts again from it whenever it changes (e.g. once saved). */
  readonly plaza = input.required<PlazaSummary>();
  /** Whether a save is in flight. */
  readonly busy = input(false);
  /** The fields that changed, all of them valid. */
  readonly saved = output<PlazaChange>();

  protected readonly fields: readonly { key: EditableText; label: string; hint?: string }[] = [
    { key: 'name', label: 'admin.column.name' },
    { key: 'roadway', label: 'admin.column.roadway' },
    { key: 'latitude', label: 'admin.plazaForm.latitudeLabel' },
    { key: 'longitude', label: 'admin.plazaForm.longitudeLabel' },
    { key: 'timeZone', label: 'admin.column.timeZone', hint: 'admin.plazaEdit.zoneHint' },
  ];
  protected readonly directions = plazaDirections;

  private readonly stored = computed(() => plazaDraftOf(this.plaza()));
  protected readonly draft = linkedSignal<PlazaDraft>(() => this.stored());
  private readonly left = linkedSignal<PlazaSummary, ReadonlySet<EditableText>>({
    source: this.plaza,
    computation: () => new Set(),
  });
  protected readonly attempted = linkedSignal({ source: this.plaza, computation: () => false });
  // The code is shown, not edited: a stored code is never the admin's problem here.
  private readonly problems = computed(() => {
    const problems = plazaProblems(this.draft());
    delete problems.code;
    return problems;
  });
  protected readonly shown = computed(() => {
    const problems = this.problems();
    if (this.attempted()) return problems;
    const left = this.left();
    return Object.fromEntries(
      Object.entries(problems).filter(([key]) => left.has(key as EditableText)),
    ) as typeof problems;
  });
  private readonly change = computed(() => plazaChanges(this.stored(), this.draft()));
  protected readonly changed = computed(() => Object.keys(this.change()).length > 0);

  protected describedBy(key: EditableText, hint?: string): string {
    const problem = `plaza-edit-${key}-problem`;
    return hint ? `plaza-edit-${key}-hint ${problem}` : problem;
  }

  protected set(field: EditableText, value: string): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
  }

  protected setDirection(direction: PlazaDirection): void {
    this.draft.update((draft) => ({ ...draft, direction }));
  }

  protected leave(field: EditableText): void {
    this.left.update((left) => new Set([...left, field]));
  }

  protected undo(): void {
    this.draft.set(this.stored());
    this.left.set(new Set());
    this.attempted.set(false);
  }

  protected submit(): void {
    this.attempted.set(true);
    if (Object.keys(this.problems()).length > 0 || !this.changed()) return;
    this.saved.emit(this.change());
  }
}
