import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MoneyPipe, TranslatePipe } from '@beaus/shared';
import { forkJoin, of } from 'rxjs';
import { messageOf } from '../../../common/api-error';
import { localInputValue } from '../../../common/cents-text';
import { RatesApi } from '../data/rates.api';
import type { RateQuote } from '../data/rates.api';

interface Answer {
  readonly published: RateQuote;
  readonly draft: RateQuote | null;
}

/**
 * "What would this trip cost at this time": the published versions' answer, and this draft's
 * beside it while it is not yet published. Priced by the BFF with the pipeline's own rating.
 */
@Component({
  selector: 'beaus-rate-calculator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MoneyPipe, TranslatePipe],
  template: `
    <section aria-labelledby="calc-title">
      <h2 id="calc-title">{{ 'admin.calc.title' | translate }}</h2>
      <p>{{ 'admin.calc.help' | translate }}</p>
      <form class="fields" (submit)="$event.preventDefault(); calculate()">
        <label>
          <span>{{ 'admin.calc.class' | translate }}</span>
          <select
            data-testid="calc-class"
            [value]="vehicleClass()"
            (change)="vehicleClass.set(+$any($event.target).value)"
          >
            @for (c of classes(); track c) {
              <option [value]="c">{{ c }}</option>
            }
          </select>
        </label>
        <label>
          <span>{{ 'admin.calc.readKind' | translate }}</span>
          <select
            data-testid="calc-kind"
            [value]="readKind()"
            (change)="readKind.set($any($event.target).value)"
          >
            <option value="tag">{{ 'admin.calc.tag' | translate }}</option>
            <option value="plate">{{ 'admin.calc.plate' | translate }}</option>
          </select>
        </label>
        <label>
          <span>{{ 'admin.calc.at' | translate }}</span>
          <input
            data-testid="calc-at"
            type="datetime-local"
            [value]="at()"
            (input)="at.set($any($event.target).value)"
          />
        </label>
        <button mat-stroked-button type="submit" [disabled]="busy()">
          {{ 'admin.calc.submit' | translate }}
        </button>
      </form>
      <div aria-live="polite">
        @if (error(); as message) {
          <p class="problem" role="alert">{{ message | translate }}</p>
        }
        @if (answer(); as a) {
          <dl class="answer">
            <dt>{{ 'admin.calc.published' | translate }}</dt>
            <dd data-testid="quote-published">
              {{
                a.published.rated
                  ? (a.published.amountCents | money)
                  : ('admin.calc.unrated' | translate)
              }}
              <small>{{ a.published.explanation }}</small>
            </dd>
            @if (a.draft; as draft) {
              <dt>{{ 'admin.calc.draft' | translate }}</dt>
              <dd data-testid="quote-draft">
                {{ draft.rated ? (draft.amountCents | money) : ('admin.calc.unrated' | translate) }}
                <small>{{ draft.explanation }}</small>
              </dd>
            }
          </dl>
        }
      </div>
    </section>
  `,
  styleUrl: './rate-tools.scss',
})
export class RateCalculatorComponent {
  private readonly api = inject(RatesApi);

  readonly plazaId = input.required<number>();
  /** The draft to price beside the published versions; null for a published version. */
  readonly draftId = input<number | null>(null);
  readonly classes = input.required<readonly number[]>();

  protected readonly vehicleClass = signal(2);
  protected readonly readKind = signal<'tag' | 'plate'>('tag');
  protected readonly at = signal(localInputValue(new Date()));
  protected readonly busy = signal(false);
  protected readonly answer = signal<Answer | null>(null);
  protected readonly error = signal<string | null>(null);

  protected calculate(): void {
    const at = new Date(this.at());
    if (Number.isNaN(at.getTime())) return;
    const question = {
      plazaId: this.plazaId(),
      vehicleClass: this.vehicleClass(),
      readKind: this.readKind(),
      at: at.toISOString(),
    };
    const draftId = this.draftId();
    this.busy.set(true);
    this.error.set(null);
    forkJoin({
      published: this.api.quote(question),
      draft: draftId === null ? of(null) : this.api.quote({ ...question, scheduleId: draftId }),
    }).subscribe({
      next: (answer) => {
        this.answer.set(answer);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.error.set(messageOf(error));
        this.busy.set(false);
      },
    });
  }
}
