import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  TranslatePipe,
  TranslationService,
  type Language,
} from '@beaus/shared';
import { LanguagePreferenceComponent } from '../components/language-preference.component';
import { StatementsApi, type StatementFormat } from '../data/statements.api';

/** The months a customer can download a statement for, each as PDF or CSV. */
@Component({
  selector: 'beaus-statements-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    LanguagePreferenceComponent,
    TranslatePipe,
  ],
  templateUrl: './statements.page.html',
  styles: `
    .lead {
      max-width: 60ch;
    }
    .months {
      list-style: none;
      margin: 0;
      padding: 0;
      max-width: 36rem;
    }
    .months li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .month {
      font-weight: 500;
    }
    .actions {
      display: flex;
      gap: 8px;
    }
    .outcome {
      min-height: 1.5em;
    }
    .outcome.failed {
      color: var(--mat-sys-error);
    }
  `,
})
export default class StatementsPage {
  private readonly api = inject(StatementsApi);
  private readonly translations = inject(TranslationService);

  protected readonly months = rxResource({ stream: () => this.api.months() });
  /** The month and format being fetched; one download at a time. */
  protected readonly downloading = signal<{ month: string; format: StatementFormat } | null>(null);
  protected readonly failed = signal(false);
  protected readonly language = rxResource({ stream: () => this.api.language() });
  protected readonly savingLanguage = signal(false);
  protected readonly languageOutcome = signal<'saved' | 'failed' | null>(null);

  /** "October 2026" in the current language, for each `YYYY-MM`. */
  protected readonly labels = computed(() => {
    const format = new Intl.DateTimeFormat(this.translations.locale(), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const labels = new Map<string, string>();
    for (const month of this.months.hasValue() ? this.months.value() : []) {
      labels.set(month, format.format(new Date(`${month}-01T00:00:00Z`)));
    }
    return labels;
  });

  protected setLanguage(language: Language): void {
    this.savingLanguage.set(true);
    this.languageOutcome.set(null);
    this.api.setLanguage(language).subscribe({
      next: (saved) => {
        this.savingLanguage.set(false);
        this.language.set(saved);
        this.languageOutcome.set('saved');
      },
      error: () => {
        this.savingLanguage.set(false);
        this.languageOutcome.set('failed');
        this.language.reload();
      },
    });
  }

  protected download(month: string, format: StatementFormat): void {
    if (this.downloading()) return;
    this.downloading.set({ month, format });
    this.failed.set(false);
    this.api.download(month, format).subscribe({
      next: (blob) => {
        this.downloading.set(null);
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = `beaus-statement-${month}.${format}`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      },
      error: () => {
        this.downloading.set(null);
        this.failed.set(true);
      },
    });
  }
}
