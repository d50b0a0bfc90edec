import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  DataTableComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  TableCellDirective,
  ToastService,
  TranslatePipe,
  TranslationService,
} from '@beaus/shared';
import type { TableColumn, TablePage } from '@beaus/shared';
import { of } from 'rxjs';
import { problemsOf } from '../../../common/api-error';
import { AddLaneFormComponent } from '../components/add-lane-form.component';
import { EditPlazaFormComponent } from '../components/edit-plaza-form.component';
import type { LaneDraft } from '../data/lane-form';
import type { PlazaChange } from '../data/plaza-form';
import { PlazasApi } from '../data/plazas.api';
import type { PlazaLane } from '../data/plazas.api';

const byCode = (a: PlazaLane, b: PlazaLane) => a.code.localeCompare(b.code);

/** One plaza: its fields, corrected in place, and its lanes, to which the admin adds. */
@Component({
  selector: 'beaus-plaza-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    DataTableComponent,
    TableCellDirective,
    ErrorStateComponent,
    LoadingStateComponent,
    TranslatePipe,
    EditPlazaFormComponent,
    AddLaneFormComponent,
  ],
  template: `
    <div class="beaus-page">
      <a class="back" routerLink="..">
        <span aria-hidden="true">←</span> {{ 'admin.plaza.back' | translate }}
      </a>
      <h1 class="beaus-page-title">{{ 'admin.plaza.title' | translate: { code: code() } }}</h1>
      @if (plaza.error() && !plaza.hasValue()) {
        <beaus-error-state messageKey="admin.plaza.loadFailed" (retry)="plaza.reload()" />
      } @else if (!plaza.hasValue()) {
        <beaus-loading-state />
      } @else if (plaza.value(); as found) {
        <p class="subtitle">{{ found.name }} · {{ found.roadway }}</p>
        <beaus-edit-plaza-form [plaza]="found" [busy]="saving()" (saved)="save(found.id, $event)" />
        <section aria-labelledby="lanes-title">
          <h2 id="lanes-title">{{ 'admin.lanes.title' | translate }}</h2>
          <beaus-data-table
            labelKey="admin.lanes.table"
            emptyKey="admin.lanes.none"
            [columns]="columns"
            [data]="lanePage()"
            [loading]="lanes.isLoading()"
            [failed]="lanes.error() !== undefined"
            [pageSizeOptions]="[100]"
            [initialPageSize]="100"
            (retry)="lanes.reload()"
          >
            <ng-template beausCell="type" let-lane>
              {{ 'admin.laneType.' + lane.type | translate }}
            </ng-template>
          </beaus-data-table>
          <beaus-add-lane-form
            [takenCodes]="laneCodes()"
            [busy]="adding()"
            (added)="addLane(found.id, $event)"
          />
        </section>
      } @else {
        <p role="alert">{{ 'admin.plaza.notFound' | translate: { code: code() } }}</p>
      }
    </div>
  `,
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 8px;
      color: var(--mat-sys-primary);
    }
    .subtitle {
      margin: 0 0 16px;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    section {
      display: grid;
      gap: 16px;
      margin-top: 24px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
  `,
})
export default class PlazaDetailPage {
  private readonly api = inject(PlazasApi);
  private readonly toast = inject(ToastService);
  private readonly translations = inject(TranslationService);
  private readonly laneForm = viewChild(AddLaneFormComponent);

  /** The plaza's code, from the route (`/plazas/:code`). */
  readonly code = input.required<string>();

  protected readonly plaza = rxResource({
    params: () => this.code(),
    stream: ({ params }) => this.api.byCode(params),
  });
  // Idle until the plaza is known; a plaza that does not exist has no lanes to ask for.
  protected readonly lanes = rxResource({
    params: () => (this.plaza.hasValue() ? this.plaza.value()?.id : undefined),
    stream: ({ params }) => (params ? this.api.lanes(params) : of([])),
  });
  protected readonly lanePage = computed<TablePage<PlazaLane> | null>(() => {
    if (!this.lanes.hasValue()) return null;
    const items = this.lanes.value();
    return { items, total: items.length };
  });
  protected readonly laneCodes = computed(() =>
    this.lanes.hasValue() ? this.lanes.value().map((lane) => lane.code) : [],
  );
  protected readonly saving = signal(false);
  protected readonly adding = signal(false);

  protected readonly columns: readonly TableColumn<PlazaLane>[] = [
    { key: 'code', headerKey: 'admin.lanes.code' },
    { key: 'type', headerKey: 'admin.lanes.type' },
  ];

  protected save(plazaId: string, change: PlazaChange): void {
    this.saving.set(true);
    this.api.update(plazaId, change).subscribe({
      next: (updated) => {
        this.saving.set(false);
        // The answer has no counts; keep ours and take every field the BFF now holds.
        this.plaza.value.update((plaza) => plaza && { ...plaza, ...updated });
        this.toast.info(this.translations.translate('admin.plazaEdit.done'));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.showProblems(error);
      },
    });
  }

  protected addLane(plazaId: string, lane: LaneDraft): void {
    this.adding.set(true);
    this.api.addLane(plazaId, lane).subscribe({
      next: (added) => {
        this.adding.set(false);
        this.lanes.value.update((lanes) => [...(lanes ?? []), added].sort(byCode));
        this.laneForm()?.reset();
        this.toast.info(this.translations.translate('admin.laneForm.done', { code: added.code }));
      },
      error: (error: unknown) => {
        this.adding.set(false);
        this.showProblems(error);
      },
    });
  }

  private showProblems(error: unknown): void {
    const problems = problemsOf(error).map((problem) => this.translations.translate(problem));
    this.toast.error(problems.join(' '));
  }
}
