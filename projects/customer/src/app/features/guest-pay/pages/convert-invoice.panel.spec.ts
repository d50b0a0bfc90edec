import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { TranslationService } from '@beaus/shared';
import { of, throwError } from 'rxjs';
import { customerTexts } from '../../../customer.texts';
import {
  GuestPayApi,
  type ConversionPreview,
  type ConversionResult,
  type GuestInvoice,
} from '../data/guest-pay.api';
import { guestPayTexts } from '../guest-pay.texts';
import { ConvertInvoicePanel } from './convert-invoice.panel';
import GuestPayPage from './guest-pay.page';

const preview: ConversionPreview = {
  invoiceNo: 'INV00000042',
  plate: 'ABC123',
  jurisdiction: 'NC',
  status: 'open',
  rule: { key: 'accounts.conversionWaivedLineKinds', waivedLineKinds: ['fee'] },
  waived: [{ description: 'Administrative fee', amountCents: 250 }],
  waivedCents: 250,
  balanceChangeCents: -525,
};

const opened: ConversionResult = {
  accountNo: '100000777',
  username: 'rosa@example.com',
  initialTopUp: { status: 'succeeded', amountCents: 4000, declineReason: null },
  conversion: preview,
};

function setUp(api: Partial<Record<keyof GuestPayApi, jest.Mock>>) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: GuestPayApi, useValue: api },
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const translations = TestBed.inject(TranslationService);
  translations.register(customerTexts);
  translations.register(guestPayTexts);
  translations.use('en');
}

async function renderPanel(api: Partial<Record<keyof GuestPayApi, jest.Mock>>) {
  setUp(api);
  const fixture = TestBed.createComponent(ConvertInvoicePanel);
  fixture.componentRef.setInput('invoiceNo', 'INV00000042');
  fixture.componentRef.setInput('plate', 'abc-123');
  fixture.componentRef.setInput('jurisdiction', 'NC');
  fixture.componentRef.setInput('vehicleClass', 3);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const type = (name: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>(`[formcontrolname=${name}]`);
    if (!input) throw new Error(`no ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const fill = () => {
    type('firstName', 'Rosa');
    type('lastName', 'Diaz');
    type('email', 'rosa@example.com');
    type('phone', '919 555 0199');
    type('password', 'toll roads 2026!');
    type('number', '4242 4242 4242 4242');
    type('expMonth', '12');
    type('expYear', '2031');
    type('cvc', '123');
  };
  const submit = () => element.querySelector('form')!.dispatchEvent(new Event('submit'));
  return { fixture, element, fill, submit };
}

const token = { token: 'tok_sbx_ok', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2031 };

describe('ConvertInvoicePanel', () => {
  it('names every fee it waives and the rule that waives it, and what happens to the tolls', async () => {
    const previewConversion = jest.fn(() => of(preview));
    const { element } = await renderPanel({ previewConversion });
    expect(previewConversion).toHaveBeenCalledWith('INV00000042', 'abc-123');
    const waived = element.querySelector('.waived li')?.textContent ?? '';
    expect(waived).toContain('Administrative fee');
    expect(waived).toContain('Waived by rule accounts.conversionWaivedLineKinds');
    expect(waived).toContain('$2.50');
    expect(element.textContent).toContain('its tolls ($5.25) are paid from your new balance');
  });

  it('opens the account with the invoice as proof and its plate as the vehicle', async () => {
    const convert = jest.fn(() => of(opened));
    const tokenizeCard = jest.fn(() => of(token));
    const page = await renderPanel({
      previewConversion: jest.fn(() => of(preview)),
      tokenizeCard,
      convert,
    });
    page.fill();
    page.submit();
    await page.fixture.whenStable();
    expect(convert).toHaveBeenCalledTimes(1);
    expect(convert).toHaveBeenCalledWith(
      { invoiceNo: 'INV00000042', plate: 'abc-123' },
      expect.objectContaining({
        vehicles: [{ plate: 'abc-123', jurisdiction: 'NC', vehicleClass: 3 }],
        card: token,
        initialTopUpCents: 4000,
      }),
      'en',
    );
    expect(page.element.textContent).toContain(
      'Account 100000777 is open. Sign in as rosa@example.com.',
    );
    expect(page.element.querySelector('a.sign-in')?.getAttribute('href')).toBe('/login');
  });

  it('says so when the invoice is already on an account or the e-mail is taken', async () => {
    const page = await renderPanel({
      previewConversion: jest.fn(() => of(preview)),
      tokenizeCard: jest.fn(() => of(token)),
      convert: jest.fn(() => throwError(() => new HttpErrorResponse({ status: 409 }))),
    });
    page.fill();
    page.submit();
    await page.fixture.whenStable();
    expect(page.element.querySelector('[role=alert]')?.textContent).toContain(
      'already on an account',
    );
  });
});

describe('GuestPayPage offers the conversion', () => {
  it('from an invoice it found', async () => {
    const invoice: GuestInvoice = {
      invoiceNo: 'INV00000042',
      plate: 'ABC123',
      jurisdiction: 'NC',
      status: 'open',
      stage: 'invoice',
      issuedAt: '2026-11-16T06:00:00Z',
      dueAt: '2026-12-16',
      totalCents: 250,
      amountDueCents: 250,
      lines: [
        {
          id: '2',
          kind: 'fee',
          description: 'Administrative fee',
          amountCents: 250,
          ruleRef: 'fees.tollByPlateAdminFeeCents',
          trip: null,
        },
      ],
      nextFee: null,
    };
    setUp({
      findInvoice: jest.fn(() => of(invoice)),
      previewConversion: jest.fn(() => of(preview)),
    });
    const fixture = TestBed.createComponent(GuestPayPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('[formcontrolname=invoiceNo]', 'INV00000042');
    type('[formcontrolname=plate]', 'abc-123');
    element.querySelector('form.lookup')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    element.querySelector<HTMLButtonElement>('button.convert')!.click();
    await fixture.whenStable();
    expect(element.querySelector('beaus-convert-invoice-panel')).not.toBeNull();
    expect(element.textContent).toContain('Waived by rule accounts.conversionWaivedLineKinds');
  });
});
