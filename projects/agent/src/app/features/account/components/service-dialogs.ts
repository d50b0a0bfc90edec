import { Injectable, Injector, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { MatDialogConfig } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import { of, switchMap } from 'rxjs';
import { AccountServiceApi } from '../data/account-service.api';
import type { AutoTopUpSetting, ServiceOutcome } from '../data/account-service.api';
import { AutoTopUpDialogComponent } from './auto-top-up-dialog.component';
import type { AutoTopUpDialogData } from './auto-top-up-dialog.component';
import { ServiceActionDialogComponent } from './service-action-dialog.component';
import type { ServiceActionDialogData } from './service-action-dialog.component';

/**
 * Opens the tag, auto top-up and conversion dialogs for the account page. Each dialog sends its
 * request itself; what comes out is its outcome, or undefined when the agent cancelled.
 * Provided by the feature's routes, so the dialogs resolve the feature's AccountServiceApi.
 */
@Injectable()
export class ServiceDialogs {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly api = inject(AccountServiceApi);

  assignTag(accountId: number): Observable<ServiceOutcome | undefined> {
    return this.api.vehiclesWithoutTag(accountId).pipe(
      switchMap((vehicles) =>
        vehicles.length === 0
          ? of({ message: 'agent.tag.noVehicleFree' })
          : this.action(
              {
                titleKey: 'agent.tag.assignTitle',
                submitKey: 'agent.tag.assignSubmit',
                vehicles,
                askTagNo: true,
                run: ({ vehicleId, tagNo, note }) =>
                  this.api.assignTag(accountId, vehicleId ?? 0, tagNo, note),
              },
              'select[name="vehicle"]',
            ),
      ),
    );
  }

  replaceTag(
    accountId: number,
    tag: { readonly id: string; readonly tagNo: string },
  ): Observable<ServiceOutcome | undefined> {
    return this.action(
      {
        titleKey: 'agent.tag.replaceTitle',
        titleParams: { tagNo: tag.tagNo },
        introKey: 'agent.tag.replaceIntro',
        submitKey: 'agent.tag.replaceSubmit',
        askTagNo: true,
        run: ({ tagNo, note }) => this.api.replaceTag(accountId, Number(tag.id), tagNo, note),
      },
      'input[name="tagNo"]',
    );
  }

  autoTopUp(accountId: number, current: AutoTopUpSetting): Observable<ServiceOutcome | undefined> {
    return this.dialog
      .open<AutoTopUpDialogComponent, AutoTopUpDialogData, ServiceOutcome>(
        AutoTopUpDialogComponent,
        this.config({ accountId, current }, 'input[name="enabled"]'),
      )
      .afterClosed();
  }

  convert(accountId: number): Observable<ServiceOutcome | undefined> {
    return this.action(
      {
        titleKey: 'agent.convert.title',
        introKey: 'agent.convert.intro',
        submitKey: 'agent.convert.submit',
        run: ({ note }) => this.api.convert(accountId, note),
      },
      'textarea',
    );
  }

  private action(
    data: ServiceActionDialogData,
    autoFocus: string,
  ): Observable<ServiceOutcome | undefined> {
    return this.dialog
      .open<ServiceActionDialogComponent, ServiceActionDialogData, ServiceOutcome>(
        ServiceActionDialogComponent,
        this.config(data, autoFocus),
      )
      .afterClosed();
  }

  private config<D>(data: D, autoFocus: string): MatDialogConfig<D> {
    return {
      data,
      injector: this.injector,
      autoFocus,
      restoreFocus: true,
      width: 'min(520px, 92vw)',
    };
  }
}
