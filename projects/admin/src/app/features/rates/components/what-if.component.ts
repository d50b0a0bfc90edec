import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MoneyPipe, TranslatePipe } from '@beaus/shared';
import { messageOf } from '../../../common/api-error';
import { RatesApi } from '../data/rates.api';
import type { WhatIf } from '../data/rates.api';

/** Replays the last N days of real trips under a version: revenue as charged vs under it. */
@Component({
  selector: 'beaus-what-if',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MoneyPipe, TranslatePipe],
  template: `
    <section aria-labelledby="what-if-title">
      <h2 id="what-if-title">{{ 'admin.whatIf.title' | translate }}</h2>
      <p>{{ 'admin.whatIf.help' | translate }}</p>
      <form class="fields" (submit)="$event.preventDefault(); replay()">
        <label>
          <span>{{ 'admin.whatIf.days' | translate }}</span>
          <input
            type="number"
            min="1"
            max="90"
            [value]="days()"
            (input)="days.set(+$any($event.target).value)"
          />
        </label>
        <button mat-stroked-button type="submit" [disabled]="busy()">
          {{ 'admin.whatIf.submit' | translate }}
        </button>
      </form>
      <div aria-live="polite">
        @if (error(); as message) {
          <p class="problem" role="alert">{{ message | translate }}</p>
        }
        @if (result(); as r) {
          <table data-testid="what-if">
            <caption class="beaus-visually-hidden">
              {{
                'admin.whatIf.table' | translate
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'admin.rates.plaza' | translate }}</th>
                <th scope="col">{{ 'admin.whatIf.trips' | translate }}</th>
                <th scope="col">{{ 'admin.whatIf.current' | translate }}</th>
                <th scope="col">{{ 'admin.whatIf.draft' | translate }}</th>
                <th scope="col">{{ 'admin.whatIf.difference' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (plaza of r.plazas; track plaza.plazaId) {
                <tr>
                  <th scope="row">{{ plaza.code }}</th>
                  <td>{{ plaza.trips }}</td>
                  <td>{{ plaza.currentCents | money }}</td>
                  <td>{{ plaza.draftCents | money }}</td>
                  <td data-testid="what-if-difference">{{ plaza.differenceCents | money }}</td>
                </tr>
                @if (plaza.unratedUnderDraft > 0) {
                  <tr>
                    <td colspan="5" class="problem">
                      {{ 'admin.whatIf.unrated' | translate: { count: plaza.unratedUnderDraft } }}
                    </td>
                  </tr>
                }
              }
            </tbody>
          </table>
        }
      </div>
    </section>
  `,
  styleUrl: './rate-tools.scss',
})
export class WhatIfComponent {
  private readonly api = inject(RatesApi);

  readonly scheduleId = input.required<number>();

  protected readonly days = signal(7);
  protected readonly busy = signal(false);
  protected readonly result = signal<WhatIf | null>(null);
  protected readonly error = signal<string | null>(null);

  protected replay(): void {
    const days = Math.min(90, Math.max(1, Math.trunc(this.days()) || 7));
    this.busy.set(true);
    this.error.set(null);
    this.api.whatIf(this.scheduleId(), days).subscribe({
      next: (result) => {
        this.result.set(result);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.error.set(messageOf(error));
        this.busy.set(false);
      },
    });
  }
}
