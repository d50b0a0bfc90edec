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
import { TranslatePipe, TranslationService } from '@beaus/shared';
import { switchMap } from 'rxjs';
import { CardFormComponent, type CardSubmission } from '../components/card-form.component';
import { PaymentReceiptComponent } from '../components/payment-receipt.component';
import { PlateTollsComponent } from '../components/plate-tolls.component';
import { TollLookupFormComponent } from '../components/toll-lookup-form.component';
import {
  GuestPayApi,
  type PaymentReceipt,
  type PlateTolls,
  type TollLookup,
} from '../data/guest-pay.api';
import { CardAttempts } from '../data/card-attempts';
import { GuestRequests } from './guest-requests';

type Step = 'find' | 'review' | 'receipt';

/**
 * The "tolls by plate" tab of guest pay: find a plate's tolls in a date range, check each one,
 * pay the unbilled ones by card (one idempotency key per attempt), keep the receipt.
 */
@Component({
  selector: 'beaus-plate-tolls-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    TranslatePipe,
    TollLookupFormComponent,
    PlateTollsComponent,
    CardFormComponent,
    PaymentReceiptComponent,
  ],
  template: `
    @switch (step()) {
      @case ('find') {
        <h2 #stepHeading class="step-title" tabindex="-1">
          {{ 'customer.tolls.title' | translate }}
        </h2>
        <p class="lead">{{ 'customer.tolls.lead' | translate }}</p>
        <beaus-toll-lookup-form [busy]="busy()" (lookup)="find($event)" />
      }
      @case ('review') {
        @if (tolls(); as data) {
          <h2 #stepHeading class="step-title visually-hidden" tabindex="-1">
            {{ 'customer.tolls.title' | translate }}
          </h2>
          <beaus-plate-tolls [tolls]="data" />
          @if (amountDueCents() > 0) {
            <beaus-card-form [amountCents]="amountDueCents()" [busy]="busy()" (pay)="pay($event)" />
          }
          <button mat-button type="button" class="another" (click)="startOver()">
            {{ 'customer.tolls.another' | translate }}
          </button>
        }
      }
      @case ('receipt') {
        @if (receipt(); as paid) {
          <h2 #stepHeading class="step-title" tabindex="-1">
            {{ 'customer.pay.receipt' | translate }}
          </h2>
          <beaus-payment-receipt [receipt]="paid" [cardLabel]="cardLabel()" [email]="email()" />
          <div class="actions">
            <button mat-stroked-button type="button" (click)="print()">
              {{ 'customer.pay.print' | translate }}
            </button>
            <button mat-button type="button" (click)="startOver()">
              {{ 'customer.tolls.another' | translate }}
            </button>
          </div>
        }
      }
    }
    <div class="problem" role="alert" [class.shown]="problem()">
      @if (problem(); as p) {
        {{ p.key | translate: p.params }}
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .step-title {
      margin: 16px 0 8px;
      font: var(--mat-sys-headline-small);
    }
    .step-title:focus {
      outline: none;
    }
    .lead {
      max-width: 60ch;
    }
    .another {
      margin-top: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 16px;
    }
    .problem.shown {
      margin-top: 16px;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class PlateTollsPanel {
  private readonly api = inject(GuestPayApi);
  private readonly translations = inject(TranslationService);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('stepHeading');

  protected readonly step = signal<Step>('find');
  private readonly requests = new GuestRequests(problemKeyOf);
  protected readonly busy = this.requests.busy;
  protected readonly problem = this.requests.problem;
  protected readonly tolls = signal<PlateTolls | null>(null);
  protected readonly receipt = signal<PaymentReceipt | null>(null);
  protected readonly email = signal<string | null>(null);
  protected readonly cardLabel = signal('');
  /** The unbilled tolls plus one administrative fee; zero when nothing can be paid here. */
  protected readonly amountDueCents = computed(() => {
    const data = this.tolls();
    if (!data || !data.tolls.some((toll) => toll.status === 'unbilled')) return 0;
    return data.unbilledCents + data.adminFee.amountCents;
  });
  private readonly attempts = new CardAttempts((card) => this.api.tokenizeCard(card));

  protected find(lookup: TollLookup): void {
    if (this.busy()) return;
    this.requests.run(this.api.findTolls(lookup), (tolls) => {
      this.tolls.set(tolls);
      this.attempts.forget();
      this.show('review');
    });
  }

  protected pay({ card, email }: CardSubmission): void {
    const data = this.tolls();
    if (this.busy() || !data) return;
    const amountCents = this.amountDueCents();
    const tripIds = data.tolls.filter((t) => t.status === 'unbilled').map((t) => t.id);
    this.requests.run(
      this.attempts.attemptFor(card).pipe(
        switchMap((attempt) =>
          this.api.payTolls({
            plate: data.plate,
            jurisdiction: data.jurisdiction,
            tripIds,
            cardToken: attempt.token,
            amountCents,
            language: this.translations.language(),
            idempotencyKey: attempt.idempotencyKey,
            ...(email ? { email } : {}),
          }),
        ),
      ),
      (receipt) => {
        if (receipt.status === 'failed') {
          // The tolls are on an open invoice now; a new lookup would no longer list them unbilled.
          this.attempts.forget();
          this.tolls.set(null);
          this.step.set('find');
          this.problem.set({
            key: 'customer.tolls.declinedOnInvoice',
            params: {
              reason: (receipt.declineReason ?? '').replace(/_/g, ' '),
              invoiceNo: receipt.invoiceNo,
            },
          });
          return;
        }
        this.cardLabel.set(this.attempts.cardLabel);
        this.receipt.set(receipt);
        this.email.set(email);
        this.show('receipt');
      },
    );
  }

  protected startOver(): void {
    this.tolls.set(null);
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
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
  }
}

function problemKeyOf(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return 'customer.pay.failed';
  switch (error.status) {
    case 400:
      return 'customer.tolls.badRange';
    case 404:
    case 409:
      return 'customer.tolls.changed';
    case 422:
      return 'customer.pay.invalidCard';
    case 429:
      return 'customer.pay.tooMany';
    default:
      return 'customer.pay.failed';
  }
}
