import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe, ZonedDatePipe } from '@beaus/shared';
import { localInputValue, startOfTomorrow } from '../../../common/cents-text';
import type { BusinessRule } from '../data/rules.api';
import { parseValue, valueText } from '../data/rule-value';

/** One rule: its value in force, the values scheduled, and a form to schedule another. */
@Component({
  selector: 'beaus-rule-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe, ZonedDatePipe],
  template: `
    <section class="card" [attr.aria-labelledby]="'rule-' + slug()">
      <h2 [id]="'rule-' + slug()">{{ rule().key }}</h2>
      <dl>
        <dt>{{ 'admin.rules.current' | translate }}</dt>
        <dd>
          @if (rule().current; as current) {
            <code>{{ text(current.value) }}</code>
            {{ 'admin.rules.since' | translate: { at: (current.effectiveFrom | zonedDate) } }}
          } @else {
            {{ 'admin.rules.noValue' | translate }}
          }
        </dd>
        @for (next of rule().scheduled; track next.effectiveFrom) {
          <dt>{{ 'admin.rules.scheduled' | translate }}</dt>
          <dd>
            <code>{{ text(next.value) }}</code>
            {{ 'admin.rules.from' | translate: { at: (next.effectiveFrom | zonedDate) } }}
            @if (next.createdBy) {
              · {{ next.createdBy }}
            }
          </dd>
        }
      </dl>
      <form class="fields" (submit)="$event.preventDefault(); submit()">
        <label>
          <span>{{ 'admin.rules.newValue' | translate }}</span>
          <input
            [value]="valueInput()"
            [attr.aria-invalid]="attempted() && !parsed() ? 'true' : null"
            [attr.aria-describedby]="'hint-' + slug()"
            (input)="valueInput.set($any($event.target).value)"
          />
        </label>
        <label>
          <span>{{ 'admin.rules.effectiveFrom' | translate }}</span>
          <input
            type="datetime-local"
            [value]="at()"
            [attr.aria-invalid]="attempted() && inPast() ? 'true' : null"
            (input)="at.set($any($event.target).value)"
          />
        </label>
        <button mat-stroked-button type="submit" [disabled]="busy()">
          {{ 'admin.rules.schedule' | translate }}
        </button>
      </form>
      <p [id]="'hint-' + slug()" [class.problem]="attempted() && !parsed()">
        {{
          (attempted() && !parsed() ? 'admin.rules.badValue' : 'admin.rules.kind.' + rule().kind)
            | translate
        }}
      </p>
      @if (attempted() && inPast()) {
        <p class="problem" role="alert">{{ 'admin.rules.mustBeFuture' | translate }}</p>
      }
      @for (problem of problems(); track $index) {
        <p class="problem" role="alert">{{ problem | translate }}</p>
      }
    </section>
  `,
  styles: `
    .card {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    dd {
      margin: 0 0 6px;
    }
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
export class RuleCardComponent {
  readonly rule = input.required<BusinessRule>();
  readonly busy = input(false);
  /** Problems the BFF found with the last attempt. */
  readonly problems = input<readonly string[]>([]);
  readonly scheduled = output<{ key: string; value: unknown; effectiveFrom: Date }>();

  protected readonly valueInput = signal('');
  protected readonly at = signal(localInputValue(startOfTomorrow(new Date())));
  protected readonly attempted = signal(false);
  protected readonly slug = computed(() => this.rule().key.replace(/[^a-zA-Z0-9]/g, '-'));
  protected readonly parsed = computed(() => parseValue(this.rule().kind, this.valueInput()));
  protected readonly inPast = computed(() => {
    const at = new Date(this.at());
    return Number.isNaN(at.getTime()) || at.getTime() <= Date.now();
  });

  protected text(value: unknown): string {
    return valueText(this.rule().kind, value);
  }

  protected submit(): void {
    this.attempted.set(true);
    const parsed = this.parsed();
    if (!parsed || this.inPast()) return;
    this.scheduled.emit({
      key: this.rule().key,
      value: parsed.value,
      effectiveFrom: new Date(this.at()),
    });
  }
}
