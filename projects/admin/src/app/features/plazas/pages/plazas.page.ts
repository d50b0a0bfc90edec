import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { DataTableComponent, ToastService, TranslatePipe, TranslationService } from '@beaus/shared';
import { messageOf } from '../../../common/api-error';
import { AddPlazaFormComponent } from '../components/add-plaza-form.component';
import type { PlazaDraft } from '../data/plaza-form';
import type { TableColumn, TableLoader } from '@beaus/shared';
import { PlazasApi } from '../data/plazas.api';
import type { PlazaSummary } from '../data/plazas.api';

/** The admin's first page: every plaza with its lanes and devices, paged by the server. */
@Component({
  selector: 'beaus-plazas-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, TranslatePipe, AddPlazaFormComponent],
  template: `
    <div class="beaus-page">
      <h1 class="beaus-page-title">{{ 'admin.plazas.title' | translate }}</h1>
      <beaus-add-plaza-form [busy]="busy()" (added)="add($event)" />
      <p class="hint">{{ 'admin.plaza.open' | translate }}</p>
      <beaus-data-table
        labelKey="admin.plazas.table"
        emptyKey="admin.plazas.none"
        [columns]="columns"
        [loader]="loadPlazas"
        [filterable]="true"
        [activatable]="true"
        (rowActivate)="open($event)"
      />
    </div>
  `,
  styles: `
    .hint {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export default class PlazasPage {
  private readonly api = inject(PlazasApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly toast = inject(ToastService);
  private readonly translations = inject(TranslationService);
  private readonly table = viewChild.required(DataTableComponent);
  private readonly form = viewChild.required(AddPlazaFormComponent);
  protected readonly busy = signal(false);

  protected readonly columns: readonly TableColumn<PlazaSummary>[] = [
    { key: 'code', headerKey: 'admin.column.code', sortable: true },
    { key: 'name', headerKey: 'admin.column.name', sortable: true },
    { key: 'roadway', headerKey: 'admin.column.roadway', sortable: true },
    { key: 'timeZone', headerKey: 'admin.column.timeZone', sortable: true },
    { key: 'direction', headerKey: 'admin.column.direction' },
    { key: 'laneCount', headerKey: 'admin.column.lanes', sortable: true },
    {
      key: 'deviceCount',
      headerKey: 'admin.column.devices',
      sortable: true,
      value: (plaza) => `${plaza.activeDeviceCount} / ${plaza.deviceCount}`,
    },
  ];

  protected readonly loadPlazas: TableLoader<PlazaSummary> = (query) => this.api.list(query);

  /** Opens the plaza's own page: its details and its lanes. */
  protected open(plaza: PlazaSummary): void {
    void this.router.navigate([plaza.code], { relativeTo: this.route });
  }

  protected add(plaza: PlazaDraft): void {
    this.busy.set(true);
    this.api.create(plaza).subscribe({
      next: () => {
        this.busy.set(false);
        this.form().reset();
        this.table().reload();
        this.toast.info(this.translations.translate('admin.plazaForm.done'));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.toast.error(this.translations.translate(messageOf(error)));
      },
    });
  }
}
