import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  ToastService,
  TranslatePipe,
  TranslationService,
} from '@beaus/shared';
import { problemsOf } from '../../../common/api-error';
import { RuleCardComponent } from '../components/rule-card.component';
import { RulesApi } from '../data/rules.api';

/** Every business rule with what is in force and what is scheduled; schedule a change. */
@Component({
  selector: 'beaus-rules-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LoadingStateComponent, ErrorStateComponent, RuleCardComponent],
  template: `
    <div class="beaus-page">
      <h1 class="beaus-page-title">{{ 'admin.rules.title' | translate }}</h1>
      <p>{{ 'admin.rules.help' | translate }}</p>
      @if (rules.isLoading() && !rules.hasValue()) {
        <beaus-loading-state />
      } @else if (rules.error()) {
        <beaus-error-state (retry)="rules.reload()" />
      } @else {
        <div class="cards">
          @for (rule of rules.value(); track rule.key) {
            <beaus-rule-card
              [rule]="rule"
              [busy]="busyKey() === rule.key"
              [problems]="problemKey() === rule.key ? problems() : []"
              (scheduled)="schedule($event)"
            />
          }
        </div>
      }
    </div>
  `,
  styles: `
    .cards {
      display: grid;
      gap: 16px;
      max-width: 960px;
    }
  `,
})
export default class RulesPage {
  private readonly api = inject(RulesApi);
  private readonly toast = inject(ToastService);
  private readonly translations = inject(TranslationService);

  protected readonly rules = rxResource({ stream: () => this.api.list() });
  protected readonly busyKey = signal<string | null>(null);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly problems = signal<string[]>([]);

  protected schedule(change: { key: string; value: unknown; effectiveFrom: Date }): void {
    this.busyKey.set(change.key);
    this.problemKey.set(null);
    this.api.schedule(change.key, change.value, change.effectiveFrom).subscribe({
      next: (updated) => {
        this.rules.update((rules) => rules?.map((r) => (r.key === updated.key ? updated : r)));
        this.busyKey.set(null);
        this.toast.info(this.translations.translate('admin.rules.done'));
      },
      error: (error: unknown) => {
        this.busyKey.set(null);
        this.problemKey.set(change.key);
        this.problems.set(problemsOf(error));
      },
    });
  }
}
