import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { switchMap, type Observable } from 'rxjs';
import {
  ConfirmService,
  TranslationService,
  EmptyStateComponent,
  ErrorStateComponent,
  formatPlate,
  LoadingStateComponent,
  MoneyPipe,
  PlatePipe,
  StatusChipComponent,
  TranslatePipe,
  ZonedDatePipe,
} from '@beaus/shared';
import { AutoTopUpFormComponent } from '../components/auto-top-up-form.component';
import type { CardEntry } from '../../../shared/card-fields/card-fields';
import { BackupCardComponent } from '../components/backup-card.component';
import { MyProfileComponent } from '../components/my-profile.component';
import { MyTagsComponent } from '../components/my-tags.component';
import { MyVehiclesComponent } from '../components/my-vehicles.component';
import { TopUpPanelComponent } from '../components/top-up-panel.component';
import {
  TripPhotoDialogComponent,
  type TripPhotoDialogData,
} from '../components/trip-photo-dialog.component';
import {
  CustomerAccountApi,
  type AutoTopUpSetting,
  type CustomerAccount,
  type CustomerTrip,
} from '../data/customer-account.api';
import { SelfServiceApi, type NewVehicle } from '../data/self-service.api';

/**
 * The customer's first page after sign-in: balance and status, tags, vehicles and the most
 * recent trips, each trip in its plaza's local time.
 */
@Component({
  selector: 'beaus-account-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButton,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    StatusChipComponent,
    MoneyPipe,
    PlatePipe,
    TranslatePipe,
    ZonedDatePipe,
    TopUpPanelComponent,
    AutoTopUpFormComponent,
    MyVehiclesComponent,
    MyTagsComponent,
    BackupCardComponent,
    MyProfileComponent,
  ],
  templateUrl: './account-dashboard.page.html',
  styleUrl: './account-dashboard.page.scss',
})
export default class AccountDashboardPage {
  private readonly api = inject(CustomerAccountApi);
  private readonly selfService = inject(SelfServiceApi);
  private readonly confirmation = inject(ConfirmService);
  private readonly translations = inject(TranslationService);
  private readonly dialog = inject(MatDialog);
  private readonly vehiclesPanel = viewChild(MyVehiclesComponent);
  private readonly cardsPanel = viewChild(BackupCardComponent);

  protected readonly account = rxResource({ stream: () => this.api.load() });
  protected readonly busy = signal(false);
  /** The outcome of the last top-up or settings change, announced in the section. */
  protected readonly outcome = signal<{ key: string; failed: boolean } | null>(null);
  /** The outcome of the last vehicle or tag change, announced beside them. */
  protected readonly vehicleOutcome = signal<{ key: string; failed: boolean } | null>(null);
  protected readonly today = new Date().toISOString().slice(0, 10);
  protected readonly cardOutcome = signal<{ key: string; failed: boolean } | null>(null);
  /** One key per top-up the person asks for; kept until it is answered, so a retry reuses it. */
  private pendingTopUp: { amountCents: number; key: string } | null = null;

  /** The trip's plate photo, fetched only when asked for, in a dialog that names it. */
  protected openPhoto(trip: CustomerTrip): void {
    const data: TripPhotoDialogData = {
      photo: this.api.tripPhoto(trip.id),
      title: this.translations.translate('customer.trip.photoAlt', {
        plate: formatPlate(trip.plate ?? '', null),
        plaza: `${trip.plazaName} (${trip.plazaCode})`,
      }),
    };
    this.dialog.open(TripPhotoDialogComponent, { data, maxWidth: '95vw' });
  }

  protected topUp(amountCents: number): void {
    if (this.busy()) return;
    if (this.pendingTopUp?.amountCents !== amountCents) {
      this.pendingTopUp = { amountCents, key: crypto.randomUUID() };
    }
    this.busy.set(true);
    this.outcome.set(null);
    this.api.topUp(amountCents, this.pendingTopUp.key).subscribe({
      next: (receipt) => {
        this.busy.set(false);
        this.pendingTopUp = null;
        if (receipt.status === 'succeeded') {
          this.outcome.set({ key: 'customer.topUp.done', failed: false });
          this.account.reload();
        } else {
          this.outcome.set({ key: 'customer.topUp.declined', failed: true });
        }
      },
      error: () => {
        this.busy.set(false);
        this.outcome.set({ key: 'customer.topUp.failed', failed: true });
      },
    });
  }

  protected saveAutoTopUp(setting: AutoTopUpSetting): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.outcome.set(null);
    this.api.setAutoTopUp(setting).subscribe({
      next: () => {
        this.busy.set(false);
        this.outcome.set({ key: 'customer.autoTopUp.saved', failed: false });
        this.account.reload();
      },
      error: () => {
        this.busy.set(false);
        this.outcome.set({ key: 'customer.topUp.failed', failed: true });
      },
    });
  }

  /** The card goes to the processor's tokenizer; only its token reaches the account. */
  protected saveBackupCard(card: CardEntry): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.cardOutcome.set(null);
    this.api
      .tokenizeCard(card)
      .pipe(switchMap((token) => this.selfService.setBackupCard(token)))
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.cardOutcome.set({ key: 'customer.cards.saved', failed: false });
          this.cardsPanel()?.close();
          this.account.reload();
        },
        error: (error: unknown) => {
          this.busy.set(false);
          const status = (error as { status?: unknown } | null)?.status;
          this.cardOutcome.set({
            key:
              status === 422
                ? 'customer.pay.invalidCard'
                : status === 409
                  ? 'customer.cards.alreadyOnFile'
                  : 'customer.topUp.failed',
            failed: true,
          });
        },
      });
  }

  protected addVehicle(vehicle: NewVehicle): void {
    this.changeVehicles(this.selfService.addVehicle(vehicle), 'customer.vehicles.added', () =>
      this.vehiclesPanel()?.close(),
    );
  }

  protected async endVehicle(vehicle: CustomerAccount['vehicles'][number]): Promise<void> {
    const t = (key: string) =>
      this.translations.translate(key, { plate: `${vehicle.jurisdiction} ${vehicle.plate}` });
    const confirmed = await this.confirmation.confirm({
      title: t('customer.vehicles.endTitle'),
      message: t('customer.vehicles.endMessage'),
      confirmLabel: t('customer.vehicles.end'),
      destructive: true,
    });
    if (confirmed) {
      this.changeVehicles(this.selfService.endVehicle(vehicle.id), 'customer.vehicles.ended');
    }
  }

  protected requestTag(vehicleId: string): void {
    this.changeVehicles(this.selfService.requestTag(vehicleId), 'customer.tags.requested');
  }

  protected async reportTag(report: {
    tag: CustomerAccount['tags'][number];
    status: 'lost' | 'stolen';
  }): Promise<void> {
    const t = (key: string) => this.translations.translate(key, { tagNo: report.tag.tagNo });
    const confirmed = await this.confirmation.confirm({
      title: t(`customer.tags.${report.status}Title`),
      message: t('customer.tags.reportMessage'),
      confirmLabel: t(
        report.status === 'lost' ? 'customer.tags.reportLost' : 'customer.tags.reportStolen',
      ),
      destructive: true,
    });
    if (confirmed) {
      this.changeVehicles(
        this.selfService.reportTag(report.tag.id, report.status),
        'customer.tags.reported',
      );
    }
  }

  /** Runs one vehicle or tag change, then shows the account as it now is. */
  private changeVehicles(change: Observable<unknown>, doneKey: string, done?: () => void): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.vehicleOutcome.set(null);
    change.subscribe({
      next: () => {
        this.busy.set(false);
        this.vehicleOutcome.set({ key: doneKey, failed: false });
        done?.();
        this.account.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.vehicleOutcome.set({ key: changeProblemKey(error), failed: true });
      },
    });
  }
}

/** A refusal the driver can act on (plate elsewhere, tag already asked for), or a retry. */
function changeProblemKey(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 409) return 'customer.vehicles.conflict';
  if (status === 400) return 'customer.vehicles.invalid';
  return 'customer.topUp.failed';
}
