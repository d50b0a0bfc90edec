import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  ConfirmService,
  DataTableComponent,
  StatusChipComponent,
  TableCellDirective,
  ToastService,
  TranslatePipe,
  TranslationService,
  ZonedDatePipe,
} from '@beaus/shared';
import type { TableColumn, TableLoader } from '@beaus/shared';
import type { Observable } from 'rxjs';
import { messageOf } from '../../../common/api-error';
import { CredentialPanelComponent } from '../components/credential-panel.component';
import { RegisterDeviceFormComponent } from '../components/register-device-form.component';
import { DevicesApi } from '../data/devices.api';
import type { DeviceActivity, IssuedCredential } from '../data/devices.api';

/** Roadside devices: register (credential shown once), rotate, disable; last seen per device. */
@Component({
  selector: 'beaus-devices-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    DataTableComponent,
    TableCellDirective,
    StatusChipComponent,
    TranslatePipe,
    ZonedDatePipe,
    CredentialPanelComponent,
    RegisterDeviceFormComponent,
  ],
  template: `
    <div class="beaus-page">
      <h1 class="beaus-page-title">{{ 'admin.devices.title' | translate }}</h1>
      @if (credential(); as issued) {
        <beaus-credential-panel [credential]="issued" (dismissed)="credential.set(null)" />
      }
      <beaus-register-device-form [busy]="busy()" (registered)="register($event)" />
      <beaus-data-table
        labelKey="admin.devices.table"
        emptyKey="admin.devices.none"
        [columns]="columns"
        [loader]="loadDevices"
        [filterable]="true"
      >
        <ng-template beausCell="status" let-device>
          <beaus-status-chip [status]="device.status" />
        </ng-template>
        <ng-template beausCell="lastSeenAt" let-device>
          {{
            device.lastSeenAt
              ? (device.lastSeenAt | zonedDate)
              : ('admin.devices.never' | translate)
          }}
        </ng-template>
        <ng-template beausCell="actions" let-device>
          <button mat-button type="button" [disabled]="busy()" (click)="rotate(device)">
            {{ 'admin.devices.rotate' | translate }}
          </button>
          @if (device.status === 'disabled') {
            <button
              mat-button
              type="button"
              [disabled]="busy()"
              (click)="setStatus(device, 'active')"
            >
              {{ 'admin.devices.enable' | translate }}
            </button>
          } @else {
            <button
              mat-button
              type="button"
              [disabled]="busy()"
              (click)="setStatus(device, 'disabled')"
            >
              {{ 'admin.devices.disable' | translate }}
            </button>
          }
        </ng-template>
      </beaus-data-table>
    </div>
  `,
})
export default class DevicesPage {
  private readonly api = inject(DevicesApi);
  private readonly confirm = inject(ConfirmService);
  private readonly toast = inject(ToastService);
  private readonly translations = inject(TranslationService);
  private readonly table = viewChild.required(DataTableComponent);

  protected readonly credential = signal<IssuedCredential | null>(null);
  protected readonly busy = signal(false);
  protected readonly columns: readonly TableColumn<DeviceActivity>[] = [
    { key: 'name', headerKey: 'admin.devices.name' },
    { key: 'plazaCode', headerKey: 'admin.devices.plaza' },
    { key: 'laneCode', headerKey: 'admin.devices.lane' },
    { key: 'status', headerKey: 'admin.devices.status' },
    { key: 'lastSeenAt', headerKey: 'admin.devices.lastSeen' },
    { key: 'tripsLast7Days', headerKey: 'admin.devices.trips7' },
    {
      key: 'rejectRate',
      headerKey: 'admin.devices.rejectRate',
      value: (d) => `${(d.rejectRate * 100).toFixed(1)} % (${d.rejectedLast7Days})`,
    },
    { key: 'actions', headerKey: 'admin.devices.actions' },
  ];
  protected readonly loadDevices: TableLoader<DeviceActivity> = (query) => this.api.list(query);

  protected register(request: { laneId: number; name: string }): void {
    this.run(this.api.register(request.laneId, request.name), (issued) =>
      this.credential.set(issued),
    );
  }

  protected async rotate(device: DeviceActivity): Promise<void> {
    const confirmed = await this.confirm.confirm({
      title: this.translations.translate('admin.devices.rotateTitle', { name: device.name }),
      message: this.translations.translate('admin.devices.rotateMessage'),
      confirmLabel: this.translations.translate('admin.devices.rotate'),
      destructive: true,
    });
    if (confirmed) {
      this.run(this.api.rotate(Number(device.id)), (issued) => this.credential.set(issued));
    }
  }

  protected async setStatus(device: DeviceActivity, status: 'active' | 'disabled'): Promise<void> {
    if (status === 'disabled') {
      const confirmed = await this.confirm.confirm({
        title: this.translations.translate('admin.devices.disableTitle', { name: device.name }),
        message: this.translations.translate('admin.devices.disableMessage'),
        confirmLabel: this.translations.translate('admin.devices.disable'),
        destructive: true,
      });
      if (!confirmed) return;
    }
    this.run(this.api.setStatus(Number(device.id), status), () => undefined);
  }

  private run<T>(call: Observable<T>, done: (result: T) => void): void {
    this.busy.set(true);
    call.subscribe({
      next: (result) => {
        done(result);
        this.busy.set(false);
        this.table().reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.toast.error(this.translations.translate(messageOf(error)));
      },
    });
  }
}
