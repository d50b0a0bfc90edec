import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  StatusChipComponent,
  TranslatePipe,
  ZonedDatePipe,
} from '@beaus/shared';
import { messageOf } from '../../../common/api-error';
import { RatesApi } from '../data/rates.api';

/** Rate schedule versions of one plaza, newest first; start a draft from the version in force. */
@Component({
  selector: 'beaus-rates-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    RouterLink,
    TranslatePipe,
    ZonedDatePipe,
    StatusChipComponent,
    LoadingStateComponent,
    EmptyStateComponent,
    ErrorStateComponent,
  ],
  templateUrl: './rates.page.html',
  styleUrl: './rates.page.scss',
})
export default class RatesPage {
  private readonly api = inject(RatesApi);
  private readonly router = inject(Router);

  /** The plaza chosen, from the `plaza` query parameter so the choice survives a reload. */
  readonly plaza = input<string>();

  protected readonly plazas = rxResource({ stream: () => this.api.plazas() });
  protected readonly plazaId = computed(() => {
    const chosen = Number(this.plaza());
    if (Number.isInteger(chosen) && chosen > 0) return chosen;
    const first = this.plazas.value()?.[0];
    return first ? Number(first.id) : undefined;
  });
  protected readonly timeZone = computed(
    () => this.plazas.value()?.find((p) => Number(p.id) === this.plazaId())?.timeZone,
  );
  protected readonly versions = rxResource({
    params: () => this.plazaId(),
    stream: ({ params }) => this.api.versions(params),
  });
  protected readonly drafting = signal(false);
  protected readonly draftError = signal<string | null>(null);

  protected choosePlaza(id: string): void {
    void this.router.navigate([], { queryParams: { plaza: id }, replaceUrl: true });
  }

  protected startDraft(): void {
    const plazaId = this.plazaId();
    if (plazaId === undefined) return;
    this.drafting.set(true);
    this.draftError.set(null);
    this.api.draft(plazaId).subscribe({
      next: (draft) => void this.router.navigate(['/rates', draft.id]),
      error: (error: unknown) => {
        this.drafting.set(false);
        this.draftError.set(messageOf(error));
      },
    });
  }
}
