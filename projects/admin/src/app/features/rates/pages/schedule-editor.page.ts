import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  ConfirmService,
  ErrorStateComponent,
  LoadingStateComponent,
  StatusChipComponent,
  ToastService,
  TranslatePipe,
  TranslationService,
  ZonedDatePipe,
} from '@beaus/shared';
import { problemsOf } from '../../../common/api-error';
import { PublishFormComponent } from '../components/publish-form.component';
import { RateCalculatorComponent } from '../components/rate-calculator.component';
import { RateEntriesComponent } from '../components/rate-entries.component';
import { WhatIfComponent } from '../components/what-if.component';
import { RatesApi } from '../data/rates.api';
import type { RateEntry } from '../data/rates.api';

/**
 * One rate schedule version: its rates (editable while a draft or not yet in force), the
 * calculator and the what-if beside them, and publishing with an effective date.
 */
@Component({
  selector: 'beaus-schedule-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    ZonedDatePipe,
    StatusChipComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    RateEntriesComponent,
    RateCalculatorComponent,
    WhatIfComponent,
    PublishFormComponent,
  ],
  templateUrl: './schedule-editor.page.html',
  styleUrl: './schedule-editor.page.scss',
})
export default class ScheduleEditorPage {
  private readonly api = inject(RatesApi);
  private readonly confirm = inject(ConfirmService);
  private readonly toast = inject(ToastService);
  private readonly translations = inject(TranslationService);

  /** From the route. */
  readonly scheduleId = input.required<string>();

  protected readonly id = computed(() => Number(this.scheduleId()));
  protected readonly schedule = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.schedule(params),
  });
  protected readonly classes = computed(() => [
    ...new Set((this.schedule.value()?.entries ?? []).map((e) => e.vehicleClass)),
  ]);
  protected readonly saving = signal(false);
  protected readonly problems = signal<string[]>([]);

  protected save(entries: RateEntry[]): void {
    this.saving.set(true);
    this.problems.set([]);
    this.api.saveEntries(this.id(), entries).subscribe({
      next: (saved) => {
        this.schedule.set(saved);
        this.saving.set(false);
        this.toast.info(this.translations.translate('admin.rates.saved'));
      },
      error: (error: unknown) => {
        this.problems.set(problemsOf(error));
        this.saving.set(false);
      },
    });
  }

  protected async publish(effectiveFrom: Date): Promise<void> {
    const confirmed = await this.confirm.confirm({
      title: this.translations.translate('admin.publish.confirmTitle'),
      message: this.translations.translate('admin.publish.confirm', {
        at: effectiveFrom.toLocaleString(this.translations.locale()),
      }),
      confirmLabel: this.translations.translate('admin.publish.submit'),
    });
    if (!confirmed) return;
    this.saving.set(true);
    this.problems.set([]);
    this.api.publish(this.id(), effectiveFrom).subscribe({
      next: (published) => {
        this.schedule.set(published);
        this.saving.set(false);
        this.toast.info(this.translations.translate('admin.publish.done'));
      },
      error: (error: unknown) => {
        this.problems.set(problemsOf(error));
        this.saving.set(false);
      },
    });
  }
}
