import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  numberAttribute,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import {
  DataTableComponent,
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  MoneyPipe,
  PlatePipe,
  StatusChipComponent,
  TableCellDirective,
  TranslatePipe,
  TranslationService,
  ZonedDatePipe,
  formatCents,
} from '@beaus/shared';
import { Store } from '@ngrx/store';
import type { Observable } from 'rxjs';
import { AddNoteFormComponent } from '../components/add-note-form.component';
import { AddVehicleFormComponent } from '../components/add-vehicle-form.component';
import { AccountHeaderComponent } from '../components/account-header.component';
import { AdjustmentDialogComponent } from '../components/adjustment-dialog.component';
import type { AdjustmentDialogData } from '../components/adjustment-dialog.component';
import { NotePromptDialogComponent } from '../components/note-prompt-dialog.component';
import type { NotePromptData, NotePromptResult } from '../components/note-prompt-dialog.component';
import { InvoicesTabComponent } from '../components/invoices-tab.component';
import { MoneyActionDialogComponent } from '../components/money-action-dialog.component';
import type { MoneyActionDialogData } from '../components/money-action-dialog.component';
import { PaymentsTabComponent } from '../components/payments-tab.component';
import { TakePaymentDialogComponent } from '../components/take-payment-dialog.component';
import type { TakePaymentDialogData } from '../components/take-payment-dialog.component';
import { VerifyCallerComponent } from '../components/verify-caller.component';
import { CasesTabComponent } from '../components/cases-tab.component';
import { TagRequestsComponent } from '../components/tag-requests.component';
import { TripImageComponent } from '../components/trip-image.component';
import { ServiceDialogs } from '../components/service-dialogs';
import type { ServiceOutcome } from '../data/account-service.api';
import { AccountApi } from '../data/account.api';
import type { CardPaymentReceipt } from '../data/card-payment.api';
import type { MoneyActionOutcome } from '../data/money.api';
import type {
  AccountChange,
  AccountTag,
  AccountTrip,
  AccountVehicle,
  AddVehicleRequest,
  AdjustmentRequest,
  VerificationRequest,
} from '../data/account.api';
import { AccountPageActions } from '../state/account.actions';
import { accountFeature } from '../state/account.feature';
import { accountColumns } from './account-columns';

/**
 * One account, everything an agent needs on one screen: the header, caller verification,
 * the actions, and a tab per kind of record, each paged by the server.
 */
@Component({
  selector: 'beaus-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButton,
    MatTabGroup,
    MatTab,
    MatTabContent,
    DataTableComponent,
    TableCellDirective,
    StatusChipComponent,
    TripImageComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    MoneyPipe,
    PlatePipe,
    ZonedDatePipe,
    TranslatePipe,
    AccountHeaderComponent,
    VerifyCallerComponent,
    AddNoteFormComponent,
    AddVehicleFormComponent,
    PaymentsTabComponent,
    InvoicesTabComponent,
    CasesTabComponent,
    TagRequestsComponent,
  ],
  templateUrl: './account.page.html',
  styleUrl: './account.page.scss',
})
export default class AccountPage {
  private readonly store = inject(Store);
  private readonly api = inject(AccountApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly translations = inject(TranslationService);
  private readonly serviceDialogs = inject(ServiceDialogs);

  /** From the route (`/accounts/:accountId`). */
  readonly accountId = input.required({ transform: numberAttribute });

  protected readonly account = this.store.selectSignal(accountFeature.selectAccount);
  protected readonly status = this.store.selectSignal(accountFeature.selectStatus);
  protected readonly verification = this.store.selectSignal(accountFeature.selectVerification);
  protected readonly adjustment = this.store.selectSignal(accountFeature.selectAdjustment);
  protected readonly note = this.store.selectSignal(accountFeature.selectNote);
  protected readonly change = this.store.selectSignal(accountFeature.selectChange);
  protected readonly payment = this.store.selectSignal(accountFeature.selectPayment);
  protected readonly moneyAction = this.store.selectSignal(accountFeature.selectMoneyAction);
  protected readonly serviceAction = this.store.selectSignal(accountFeature.selectServiceAction);
  protected readonly revision = this.store.selectSignal(accountFeature.selectRevision);
  protected readonly columns = accountColumns;

  // The tabs' loaders; the revision is read so tabs that show a write load again after it.
  protected readonly loaders = computed(() => {
    const id = this.accountId();
    return {
      vehicles: this.api.vehicles(id),
      tags: this.api.tags(id),
      ledger: this.api.ledger(id),
      notes: this.api.notes(id),
      history: this.api.history(id),
    };
  });

  // Trips change status when reversed; a new loader reloads the table on the page it shows.
  protected readonly tripsLoader = computed(() => {
    this.revision();
    return this.api.trips(this.accountId());
  });

  constructor() {
    effect(() => this.store.dispatch(AccountPageActions.opened({ accountId: this.accountId() })));
  }

  protected retry(): void {
    this.store.dispatch(AccountPageActions.retryRequested());
  }

  protected verify(request: VerificationRequest): void {
    this.store.dispatch(AccountPageActions.callerVerificationSubmitted({ request }));
  }

  protected addNote(body: string): void {
    this.store.dispatch(AccountPageActions.noteSubmitted({ body }));
  }

  protected addVehicle(body: AddVehicleRequest): void {
    this.submitChange({ kind: 'addVehicle', body });
  }

  protected endVehicle(vehicle: AccountVehicle): void {
    this.promptForNote(
      {
        titleKey: 'agent.vehicle.endTitle',
        titleParams: { plate: `${vehicle.jurisdiction} ${vehicle.plate}` },
        dateLabelKey: 'agent.column.endDate',
        initialDate: new Date().toISOString().slice(0, 10),
      },
      ({ note, date }) => ({
        kind: 'endVehicle',
        vehicleId: Number(vehicle.id),
        body: { note, endDate: date ?? '' },
      }),
    );
  }

  protected markTag(tag: AccountTag, status: 'lost' | 'stolen'): void {
    this.promptForNote(
      { titleKey: `agent.tag.markTitle.${status}`, titleParams: { tagNo: tag.tagNo } },
      ({ note }) => ({ kind: 'markTag', tagId: Number(tag.id), body: { status, note } }),
    );
  }

  protected assignTag(): void {
    this.whenDone(this.serviceDialogs.assignTag(this.accountId()));
  }

  protected replaceTag(tag: AccountTag): void {
    this.whenDone(this.serviceDialogs.replaceTag(this.accountId(), tag));
  }

  protected openAutoTopUp(): void {
    const current = this.account()?.autoTopUp ?? null;
    this.whenDone(this.serviceDialogs.autoTopUp(this.accountId(), current));
  }

  protected openConversion(): void {
    this.whenDone(this.serviceDialogs.convert(this.accountId()));
  }

  protected serviceActionDone(outcome: ServiceOutcome): void {
    this.store.dispatch(AccountPageActions.serviceActionCompleted({ outcome }));
  }

  private whenDone(outcome$: Observable<ServiceOutcome | undefined>): void {
    outcome$.subscribe((outcome) => {
      if (outcome) this.serviceActionDone(outcome);
    });
  }

  private promptForNote(
    data: NotePromptData,
    toChange: (result: NotePromptResult) => AccountChange,
  ) {
    const ref = this.dialog.open<NotePromptDialogComponent, NotePromptData, NotePromptResult>(
      NotePromptDialogComponent,
      { data, autoFocus: 'textarea', restoreFocus: true, width: 'min(480px, 92vw)' },
    );
    ref.afterClosed().subscribe((result) => {
      if (result) this.submitChange(toChange(result));
    });
  }

  private submitChange(change: AccountChange): void {
    this.store.dispatch(AccountPageActions.changeSubmitted({ change }));
  }

  protected openAdjustment(): void {
    const account = this.account();
    if (!account) return;
    const ref = this.dialog.open<
      AdjustmentDialogComponent,
      AdjustmentDialogData,
      AdjustmentRequest
    >(AdjustmentDialogComponent, {
      data: { agentLimitCents: account.agentAdjustmentLimitCents },
      autoFocus: 'input[name="amount"]',
      restoreFocus: true,
      width: 'min(520px, 92vw)',
    });
    ref.afterClosed().subscribe((request) => {
      if (request) this.store.dispatch(AccountPageActions.adjustmentSubmitted({ request }));
    });
  }

  protected reverseTrip(trip: AccountTrip): void {
    const ref = this.dialog.open<
      MoneyActionDialogComponent,
      MoneyActionDialogData,
      MoneyActionOutcome
    >(MoneyActionDialogComponent, {
      data: {
        action: { kind: 'reverseTrip', accountId: this.accountId(), tripId: Number(trip.id) },
        titleKey: 'agent.reverse.title',
        summaryKey: 'agent.reverse.summary',
        submitKey: 'agent.reverse.submit',
        params: {
          plaza: `${trip.plazaName} (${trip.plazaCode})`,
          amount: formatCents(trip.amountCents ?? 0, 'USD', this.translations.locale()),
        },
        askReason: true,
      },
      // The dialog calls the feature's MoneyApi, provided by this route, not the root.
      injector: this.injector,
      autoFocus: 'textarea',
      restoreFocus: true,
      width: 'min(480px, 92vw)',
    });
    ref.afterClosed().subscribe((outcome) => {
      if (outcome) this.moneyActionDone(outcome);
    });
  }

  protected moneyActionDone(outcome: MoneyActionOutcome): void {
    this.store.dispatch(AccountPageActions.moneyActionCompleted({ outcome }));
  }

  protected openPayment(): void {
    const ref = this.dialog.open<
      TakePaymentDialogComponent,
      TakePaymentDialogData,
      CardPaymentReceipt
    >(TakePaymentDialogComponent, {
      data: { accountId: this.accountId() },
      // The dialog calls the feature's CardPaymentApi, provided by this route, not the root.
      injector: this.injector,
      autoFocus: 'input[name="amount"]',
      restoreFocus: true,
      width: 'min(560px, 92vw)',
    });
    ref.afterClosed().subscribe((receipt) => {
      if (receipt) this.store.dispatch(AccountPageActions.paymentTaken({ receipt }));
    });
  }
}
