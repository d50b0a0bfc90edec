import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { TranslationService } from '@beaus/shared';
import { of, Subject, throwError } from 'rxjs';
import { customerTexts } from '../../../customer.texts';
import { GuestPayApi, type GuestInvoice, type PaymentReceipt } from '../data/guest-pay.api';
import GuestPayPage from './guest-pay.page';

const invoice: GuestInvoice = {
  invoiceNo: 'INV00000042',
  plate: 'ABC123',
  jurisdiction: 'NC',
  status: 'open',
  stage: 'invoice',
  issuedAt: '2026-11-16T06:00:00Z',
  dueAt: '2026-12-16',
  totalCents: 775,
  amountDueCents: 775,
  lines: [
    {
      id: '1',
      kind: 'trip',
      description: 'Toll',
      amountCents: 525,
      ruleRef: null,
      trip: {
        id: '10',
        occurredAt: '2026-11-10T13:05:00Z',
        plazaName: 'Northbridge Main',
        plazaCode: 'NB01',
        timeZone: 'America/New_York',
        vehicleClass: 2,
        rate: { band: 'peak', dayType: 'weekday', rate: 'plate', rateCents: 525 },
        photoUrl: '/api/customer/guest/invoices/INV00000042/trips/10/photo?access=1.x',
      },
    },
    {
      id: '2',
      kind: 'fee',
      description: 'Administrative fee',
      amountCents: 250,
      ruleRef: 'fees.tollByPlateAdminFeeCents',
      trip: null,
    },
  ],
  nextFee: { payBy: '2026-12-15', feeCents: 600, stage: 'second_notice' },
};

const receipt: PaymentReceipt = {
  paymentId: '7',
  status: 'succeeded',
  amountCents: 775,
  invoiceNo: 'INV00000042',
  paidAt: '2026-11-25T12:00:00Z',
  reference: 'sbx_ch_abc',
  declineReason: null,
};

describe('GuestPayPage', () => {
  function render(api: Partial<Record<keyof GuestPayApi, jest.Mock>>) {
    TestBed.configureTestingModule({ providers: [{ provide: GuestPayApi, useValue: api }] });
    const translations = TestBed.inject(TranslationService);
    translations.register(customerTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(GuestPayPage);
    const element = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = (selector: string) =>
      element.querySelector<HTMLFormElement>(selector)?.dispatchEvent(new Event('submit'));
    return { fixture, element, type, submit };
  }

  async function findInvoice(page: ReturnType<typeof render>) {
    await page.fixture.whenStable();
    page.type('[formcontrolname=invoiceNo]', 'inv00000042');
    page.type('[formcontrolname=plate]', 'abc-123');
    page.submit('form.lookup');
    await page.fixture.whenStable();
  }

  function enterCard(page: ReturnType<typeof render>) {
    page.type('[formcontrolname=number]', '4242 4242 4242 4242');
    page.type('[formcontrolname=expMonth]', '12');
    page.type('[formcontrolname=expYear]', '2031');
    page.type('[formcontrolname=cvc]', '123');
  }

  it('shows every line, the pay-by notice and an amount due that is their sum', async () => {
    const findInvoiceMock = jest.fn(() => of(invoice));
    const page = render({ findInvoice: findInvoiceMock });
    await findInvoice(page);
    expect(findInvoiceMock).toHaveBeenCalledWith('inv00000042', 'abc-123');
    const text = page.element.textContent ?? '';
    expect(text).toContain('Northbridge Main');
    expect(text).toContain('Added by rule fees.tollByPlateAdminFeeCents');
    expect(text).toMatch(/Pay by .*2026.* to avoid a \$6\.00 fee/);
    expect(page.element.querySelector('.amount-due')?.textContent).toContain('$7.75');
    expect(page.element.querySelector('img.photo')?.getAttribute('alt')).toContain('Northbridge');
  });

  it('says the same thing for a wrong plate as for an unknown number', async () => {
    const notFound = new HttpErrorResponse({ status: 404 });
    const page = render({ findInvoice: jest.fn(() => throwError(() => notFound)) });
    await findInvoice(page);
    expect(page.element.querySelector('[role=alert]')?.textContent).toContain('No invoice matches');
  });

  it('pays once for a double submit and shows the receipt', async () => {
    const payment = new Subject<PaymentReceipt>();
    const pay = jest.fn(() => payment);
    const tokenizeCard = jest.fn(() =>
      of({ token: 'tok_sbx_ok', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2031 }),
    );
    const page = render({ findInvoice: jest.fn(() => of(invoice)), tokenizeCard, pay });
    await findInvoice(page);
    enterCard(page);
    page.submit('form.card');
    page.submit('form.card');
    expect(pay).toHaveBeenCalledTimes(1);
    expect(pay).toHaveBeenCalledWith(
      expect.objectContaining({ amountCents: 775, cardToken: 'tok_sbx_ok', plate: 'abc-123' }),
    );
    payment.next(receipt);
    payment.complete();
    await page.fixture.whenStable();
    const text = page.element.textContent ?? '';
    expect(text).toContain('Payment received');
    expect(text).toContain('visa •••• 4242');
    expect(text).toContain('sbx_ch_abc');
  });

  it('after a decline, a retry with another card uses a new payment key', async () => {
    const declined = { ...receipt, status: 'failed' as const, declineReason: 'card_declined' };
    const pay = jest.fn().mockReturnValueOnce(of(declined)).mockReturnValueOnce(of(receipt));
    let n = 0;
    const tokenizeCard = jest.fn(() =>
      of({ token: `tok_${++n}`, brand: 'visa', last4: '0002', expMonth: 12, expYear: 2031 }),
    );
    const page = render({ findInvoice: jest.fn(() => of(invoice)), tokenizeCard, pay });
    await findInvoice(page);
    enterCard(page);
    page.submit('form.card');
    await page.fixture.whenStable();
    expect(page.element.querySelector('[role=alert]')?.textContent).toContain('card declined');
    page.submit('form.card');
    await page.fixture.whenStable();
    const [first, second] = pay.mock.calls.map(([body]) => body.idempotencyKey);
    expect(first).not.toEqual(second);
    expect(page.element.textContent).toContain('Payment received');
  });
});
