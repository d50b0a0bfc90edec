import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { DataTableComponent, TranslatePipe } from '@beaus/shared';
import type { TableColumn, TableLoader } from '@beaus/shared';
import { PlazasApi } from '../data/plazas.api';
import type { PlazaSummary } from '../data/plazas.api';

/** The admin's first page: every plaza with its lanes and devices, paged by the server. */
@Component({
  selector: 'beaus-plazas-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, TranslatePipe],
  template: `
    <div class="beaus-page">
      <h1 class="beaus-page-title">{{ 'admin.plazas.title' | translate }}</h1>
      <beaus-data-table
        labelKey="admin.plazas.table"
        emptyKey="admin.plazas.none"
        [columns]="columns"
        [loader]="loadPlazas"
        [filterable]="true"
      />
    </div>
  `,
})
export default class PlazasPage {
  private readonly api = inject(PlazasApi);

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
}
