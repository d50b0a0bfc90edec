import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@beaus/shared';
import { localInputValue, startOfTomorrow } from '../../../common/cents-text';

/** Chooses when a draft takes effect (tomorrow midnight by default); refuses the past inline. */
@Component({
  selector: 'beaus-publish-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe],
  template: `
    <section aria-labelledby="publish-title">
      <h2 id="publish-title">{{ 'admin.publish.title' | translate }}</h2>
      <p>{{ 'admin.publish.help' | translate }}</p>
      <form class="fields" (submit)="$event.preventDefault(); submit()">
        <label>
          <span>{{ 'admin.publish.at' | translate }}</span>
          <input
            data-testid="publish-at"
            type="datetime-local"
            [value]="at()"
            [attr.aria-invalid]="inPast() ? 'true' : null"
            aria-describedby="publish-problem"
            (input)="at.set($any($event.target).value)"
          />
        </label>
        <button mat-flat-button type="submit" [disabled]="busy() || inPast()">
          {{ 'admin.publish.submit' | translate }}
        </button>
      </form>
      <p id="publish-problem" class="problem">
        @if (inPast()) {
          {{ 'admin.publish.mustBeFuture' | translate }}
        }
      </p>
    </section>
  `,
  styleUrl: './rate-tools.scss',
})
export class PublishFormComponent {
  readonly busy = input(false);
  /** The chosen start, always in the future. */
  readonly publish = output<Date>();

  protected readonly at = signal(localInputValue(startOfTomorrow(new Date())));
  protected readonly inPast = computed(() => {
    const at = new Date(this.at());
    return Number.isNaN(at.getTime()) || at.getTime() <= Date.now();
  });

  protected submit(): void {
    if (!this.inPast()) this.publish.emit(new Date(this.at()));
  }
}
