import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { TranslatePipe, TranslationService } from '@beaus/shared';
import { switchMap } from 'rxjs';
import { CardFormComponent, type CardSubmission } from '../components/card-form.component';
import { InvoiceDetailsComponent } from '../components/invoice-details.component';
import {
  InvoiceLookupFormComponent,
  type InvoiceLookup,
} from '../components/invoice-lookup-form.component';
import { PaymentReceiptComponent } from '../components/payment-receipt.component';
import { GuestPayApi, type GuestInvoice, type PaymentReceipt } from '../data/guest-pay.api';
import { CardAttempts } from '../data/card-attempts';
import { GuestRequests } from './guest-requests';
import { ConvertInvoicePanel } from './convert-invoice.panel';
import { PlateTollsPanel } from './plate-tolls.panel';

type Step = 'find' | 'review' | 'receipt' | 'convert';

/**
 * Pay a toll-by-plate invoice without an account: find it by number and plate, check every
 * line, pay by card, keep the receipt. A second tab finds unbilled tolls by plate and dates.
 * Small local state, so signals rather than a store.
 */
@Component({
  selector: 'beaus-guest-pay-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatTabGroup,
    MatTab,
    MatTabContent,
    TranslatePipe,
    PlateTollsPanel,
    ConvertInvoicePanel,
    InvoiceLookupFormComponent,
    InvoiceDetailsComponent,
    CardFormComponent,
    PaymentReceiptComponent,
  ],
  templateUrl: './guest-pay.page.html',
  styleUrl: './guest-pay.page.scss',
})
export default class GuestPayPage {
  private readonly api = inject(GuestPayApi);
  private readonly injector = inject(Injector);
  private readonly translations = inject(TranslationService);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('stepHeading');

  /** 0: pay an invoice by number; 1: find tolls by plate and dates. */
  protected readonly tab = signal(0);
  protected readonly step = signal<Step>('find');
  private readonly requests = new GuestRequests(problemKeyOf);
  protected readonly busy = this.requests.busy;
  protected readonly problem = this.requests.problem;
  protected readonly invoice = signal<GuestInvoice | null>(null);
  protected readonly receipt = signal<PaymentReceipt | null>(null);
  protected readonly receiptEmail = signal<string | null>(null);
  protected readonly cardLabel = signal('');
  /** The plate as the guest typed it: with the invoice number, the proof for a conversion. */
  protected readonly typedPlate = signal('');
  /** The axles the invoice's tolls were rated for; a converted account's vehicle starts there. */
  protected readonly vehicleClass = computed(
    () => this.invoice()?.lines.find((line) => line.trip)?.trip?.vehicleClass ?? 2,
  );
  private lookup: InvoiceLookup | null = null;
  private readonly attempts = new CardAttempts((card) => this.api.tokenizeCard(card));

  protected find(lookup: InvoiceLookup): void {
    if (this.busy()) return;
    this.lookup = lookup;
    this.typedPlate.set(lookup.plate);
    this.requests.run(this.api.findInvoice(lookup.invoiceNo, lookup.plate), (invoice) => {
      this.invoice.set(invoice);
      this.attempts.forget();
      this.show('review');
    });
  }

  protected pay({ card, email }: CardSubmission): void {
    const invoice = this.invoice();
    const lookup = this.lookup;
    // A second click while the first is in flight does nothing: one attempt, one charge.
    if (this.busy() || !invoice || !lookup) return;
    this.requests.run(
      this.attempts.attemptFor(card).pipe(
        switchMap((attempt) =>
          this.api.pay({
            invoiceNo: invoice.invoiceNo,
            plate: lookup.plate,
            cardToken: attempt.token,
            amountCents: invoice.amountDueCents,
            idempotencyKey: attempt.idempotencyKey,
            language: this.translations.language(),
            ...(email ? { email } : {}),
          }),
        ),
      ),
      (receipt) => {
        if (receipt.status === 'failed') {
          // A declined card is final for its key: the next try is a new attempt.
          this.attempts.forget();
          this.problem.set({
            key: 'customer.pay.declined',
            params: { reason: (receipt.declineReason ?? '').replace(/_/g, ' ') },
          });
          return;
        }
        this.cardLabel.set(this.attempts.cardLabel);
        this.receipt.set(receipt);
        this.receiptEmail.set(email);
        this.show('receipt');
      },
    );
  }

  /** "Open a prepaid account with these tolls". */
  protected convert(): void {
    this.problem.set(null);
    this.show('convert');
  }

  /** Back from the conversion to where the guest was: the receipt if paid here, else the invoice. */
  protected backFromConvert(): void {
    this.show(this.receipt() ? 'receipt' : 'review');
  }

  protected startOver(): void {
    this.invoice.set(null);
    this.receipt.set(null);
    this.problem.set(null);
    this.attempts.forget();
    this.show('find');
  }

  protected print(): void {
    window.print();
  }

  private show(step: Step): void {
    this.step.set(step);
    // Move focus to the new step's heading so screen readers announce where the person is.
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
  }
}

function problemKeyOf(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return 'customer.pay.failed';
  switch (error.status) {
    case 404:
      return 'customer.pay.notFound';
    case 409:
      return 'customer.pay.amountChanged';
    case 422:
      return 'customer.pay.invalidCard';
    case 429:
      return 'customer.pay.tooMany';
    default:
      return 'customer.pay.failed';
  }
}
