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
import { centsText, parseCents } from '../../../common/cents-text';
import type { RateEntry } from '../data/rates.api';

interface RowDraft {
  readonly tag: string;
  readonly plate: string;
}

/** Why a row cannot be saved, as a text key; null when it can. */
export function rowProblem(row: RowDraft): string | null {
  const tag = parseCents(row.tag);
  const plate = parseCents(row.plate);
  if (!tag || !plate) return 'admin.rates.invalidAmount';
  return tag >= plate ? 'admin.rates.tagBelowPlate' : null;
}

const minute = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * The rates of a version, one row per class × day × band, edited as dollars with inline checks.
 * Emits the entries in cents when every row is valid; the BFF checks coverage again on save.
 */
@Component({
  selector: 'beaus-rate-entries',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe],
  template: `
    <form (submit)="$event.preventDefault(); save()">
      <table class="entries">
        <caption class="beaus-visually-hidden">
          {{
            'admin.rates.table' | translate
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'admin.rates.class' | translate }}</th>
            <th scope="col">{{ 'admin.rates.day' | translate }}</th>
            <th scope="col">{{ 'admin.rates.band' | translate }}</th>
            <th scope="col">{{ 'admin.rates.tagRate' | translate }}</th>
            <th scope="col">{{ 'admin.rates.plateRate' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (entry of entries(); track $index; let i = $index) {
            <tr [class.invalid]="problems()[i]">
              <th scope="row">{{ entry.vehicleClass }}</th>
              <td>{{ entry.dayType }}</td>
              <td>{{ band(entry) }}</td>
              <td>
                <input
                  inputmode="decimal"
                  [attr.aria-label]="('admin.rates.tagRate' | translate) + ' · ' + describe(entry)"
                  [attr.aria-invalid]="problems()[i] ? 'true' : null"
                  [attr.aria-describedby]="problems()[i] ? 'rate-problem-' + i : null"
                  [attr.data-testid]="'tag-' + i"
                  [readOnly]="!editable()"
                  [value]="rows()[i].tag"
                  (input)="edit(i, 'tag', $any($event.target).value)"
                />
              </td>
              <td>
                <input
                  inputmode="decimal"
                  [attr.aria-label]="
                    ('admin.rates.plateRate' | translate) + ' · ' + describe(entry)
                  "
                  [attr.aria-invalid]="problems()[i] ? 'true' : null"
                  [attr.aria-describedby]="problems()[i] ? 'rate-problem-' + i : null"
                  [attr.data-testid]="'plate-' + i"
                  [readOnly]="!editable()"
                  [value]="rows()[i].plate"
                  (input)="edit(i, 'plate', $any($event.target).value)"
                />
                @if (problems()[i]; as problem) {
                  <span class="problem" [id]="'rate-problem-' + i">{{ problem | translate }}</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
      @if (editable()) {
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ 'admin.rates.save' | translate }}
        </button>
        @if (attempted() && invalid()) {
          <p class="problem" role="alert">{{ 'admin.rates.fixFirst' | translate }}</p>
        }
      }
    </form>
  `,
  styles: `
    .entries {
      border-collapse: collapse;
      margin-bottom: 16px;
    }
    th,
    td {
      text-align: left;
      padding: 4px 10px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    input {
      width: 7em;
      font: var(--mat-sys-body-large);
      padding: 4px 6px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    tr.invalid input {
      border-color: var(--mat-sys-error);
    }
    .problem {
      display: block;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class RateEntriesComponent {
  readonly entries = input.required<readonly RateEntry[]>();
  readonly editable = input(false);
  readonly saving = input(false);
  /** Every entry with the edited rates, in cents. */
  readonly saved = output<RateEntry[]>();

  protected readonly rows = linkedSignal<RowDraft[]>(() =>
    this.entries().map((e) => ({
      tag: centsText(e.tagRateCents),
      plate: centsText(e.plateRateCents),
    })),
  );
  protected readonly problems = computed(() => this.rows().map(rowProblem));
  protected readonly invalid = computed(() => this.problems().some((p) => p !== null));
  protected readonly attempted = linkedSignal({ source: this.entries, computation: () => false });

  protected band(entry: RateEntry): string {
    return `${minute(entry.startMinute)}–${minute(entry.endMinute)}`;
  }

  /** Which rate an input holds, for screen readers: the table's row header is not enough. */
  protected describe(entry: RateEntry): string {
    return `${entry.vehicleClass} ${entry.dayType} ${this.band(entry)}`;
  }

  protected edit(index: number, field: keyof RowDraft, value: string): void {
    this.rows.update((rows) =>
      rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
    );
  }

  protected save(): void {
    this.attempted.set(true);
    if (this.invalid()) return;
    const rows = this.rows();
    this.saved.emit(
      this.entries().map((entry, i) => ({
        ...entry,
        tagRateCents: parseCents(rows[i].tag) ?? 0,
        plateRateCents: parseCents(rows[i].plate) ?? 0,
      })),
    );
  }
}
