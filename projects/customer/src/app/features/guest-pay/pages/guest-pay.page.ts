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
import { Observable, switchMap } from 'rxjs';
import { CardFormComponent, type CardSubmission } from '../components/card-form.component';
import { InvoiceDetailsComponent } from '../components/invoice-details.component';
import {
  InvoiceLookupFormComponent,
  type InvoiceLookup,
} from '../components/invoice-lookup-form.component';
import { PaymentReceiptComponent } from '../components/payment-receipt.component';
import {
  GuestPayApi,
  type CardEntry,
  type GuestInvoice,
  type PaymentReceipt,
} from '../data/guest-pay.api';
import { ConvertInvoicePanel } from './convert-invoice.panel';
import { PlateTollsPanel } from './plate-tolls.panel';

type Step = 'find' | 'review' | 'receipt' | 'convert';

/** One payment attempt: a retry of the same card reuses its key, so it can never charge twice. */
interface Attempt {
  card: string;
  idempotencyKey: string;
  token: string;
  cardLabel: string;
}

interface Problem {
  key: string;
  params?: Record<string, string>;
}

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
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
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
  private attempt: Attempt | null = null;

  protected find(lookup: InvoiceLookup): void {
    if (this.busy()) return;
    this.lookup = lookup;
    this.typedPlate.set(lookup.plate);
    this.run(this.api.findInvoice(lookup.invoiceNo, lookup.plate), (invoice) => {
      this.invoice.set(invoice);
      this.attempt = null;
      this.show('review');
    });
  }

  protected pay({ card, email }: CardSubmission): void {
    const invoice = this.invoice();
    const lookup = this.lookup;
    // A second click while the first is in flight does nothing: one attempt, one charge.
    if (this.busy() || !invoice || !lookup) return;
    this.run(
      this.tokenFor(card).pipe(
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
          this.attempt = null;
          this.problem.set({
            key: 'customer.pay.declined',
            params: { reason: (receipt.declineReason ?? '').replace(/_/g, ' ') },
          });
          return;
        }
        this.cardLabel.set(this.attempt?.cardLabel ?? '');
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
    this.attempt = null;
    this.show('find');
  }

  protected print(): void {
    window.print();
  }

  /** The same card again reuses the attempt (and its key); a different card starts a new one. */
  private tokenFor(card: CardEntry): Observable<Attempt> {
    const fingerprint = JSON.stringify(card);
    return new Observable<Attempt>((subscriber) => {
      if (this.attempt?.card === fingerprint) {
        subscriber.next(this.attempt);
        subscriber.complete();
        return undefined;
      }
      return this.api.tokenizeCard(card).subscribe({
        next: (token) => {
          this.attempt = {
            card: fingerprint,
            idempotencyKey: crypto.randomUUID(),
            token: token.token,
            cardLabel: `${token.brand} •••• ${token.last4}`,
          };
          subscriber.next(this.attempt);
          subscriber.complete();
        },
        error: (error: unknown) => subscriber.error(error),
      });
    });
  }

  private run<T>(request: Observable<T>, done: (value: T) => void): void {
    this.busy.set(true);
    this.problem.set(null);
    request.subscribe({
      next: (value) => {
        this.busy.set(false);
        done(value);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set({ key: problemKeyOf(error) });
      },
    });
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
