import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslationService } from '@beaus/shared';
import { of, Subject } from 'rxjs';
import { customerTexts } from '../../../customer.texts';
import { GuestPayApi, type PaymentReceipt, type PlateTolls } from '../data/guest-pay.api';
import { guestPayTexts } from '../guest-pay.texts';
import GuestPayPage from './guest-pay.page';
import { PlateTollsPanel } from './plate-tolls.panel';

const toll = (id: string, status: 'unbilled' | 'invoiced', amountCents: number) => ({
  id,
  occurredAt: '2026-11-10T13:05:00Z',
  plazaName: `Plaza ${id}`,
  plazaCode: `P${id}`,
  timeZone: 'America/New_York',
  vehicleClass: 2,
  amountCents,
  rate: { band: 'peak', dayType: 'weekday', rate: 'plate', rateCents: amountCents },
  status,
  photoUrl: `/api/customer/guest/tolls/${id}/photo?access=1.x`,
});

const found: PlateTolls = {
  plate: 'ABC123',
  jurisdiction: 'NC',
  from: '2026-11-01',
  to: '2026-11-25',
  tolls: [toll('10', 'unbilled', 525), toll('11', 'invoiced', 300), toll('12', 'unbilled', 400)],
  unbilledCents: 925,
  adminFee: { amountCents: 250, ruleRef: 'fees.tollByPlateAdminFeeCents' },
};

const receipt: PaymentReceipt = {
  paymentId: '8',
  status: 'succeeded',
  amountCents: 1175,
  invoiceNo: 'INV00000077',
  paidAt: '2026-11-25T12:00:00Z',
  reference: 'sbx_ch_tolls',
  declineReason: null,
};

describe('PlateTollsPanel', () => {
  function render(
    api: Partial<Record<keyof GuestPayApi, jest.Mock>>,
    language: 'en' | 'es' = 'en',
  ) {
    TestBed.configureTestingModule({ providers: [{ provide: GuestPayApi, useValue: api }] });
    const translations = TestBed.inject(TranslationService);
    translations.register(customerTexts);
    translations.register(guestPayTexts);
    translations.use(language);
    const fixture = TestBed.createComponent(PlateTollsPanel);
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

  async function findTolls(page: ReturnType<typeof render>) {
    await page.fixture.whenStable();
    page.type('[formcontrolname=plate]', 'abc-123');
    page.type('[formcontrolname=jurisdiction]', 'nc');
    page.type('[formcontrolname=from]', '2026-11-01');
    page.type('[formcontrolname=to]', '2026-11-25');
    page.submit('form.lookup');
    await page.fixture.whenStable();
  }

  function enterCard(page: ReturnType<typeof render>) {
    page.type('[formcontrolname=number]', '4242 4242 4242 4242');
    page.type('[formcontrolname=expMonth]', '12');
    page.type('[formcontrolname=expYear]', '2031');
    page.type('[formcontrolname=cvc]', '123');
  }

  const tokenizeCard = () =>
    jest.fn(() =>
      of({ token: 'tok_sbx_ok', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2031 }),
    );

  it('lists each toll with photo, plaza and rate, names the fee’s rule, and the amount due is the sum', async () => {
    const findTollsMock = jest.fn(() => of(found));
    const page = render({ findTolls: findTollsMock });
    await findTolls(page);
    expect(findTollsMock).toHaveBeenCalledWith({
      plate: 'abc-123',
      jurisdiction: 'NC',
      from: '2026-11-01',
      to: '2026-11-25',
    });
    const text = page.element.textContent ?? '';
    expect(text).toContain('Plaza 10');
    expect(text).toContain('plate rate, peak weekday, class 2');
    expect(text).toContain('Already on a bill');
    expect(text).toContain('Added by rule fees.tollByPlateAdminFeeCents');
    expect(page.element.querySelector('.amount-due')?.textContent).toContain('$11.75');
    expect(page.element.querySelector('img.photo')?.getAttribute('alt')).toContain('Plaza 10');
  });

  it('refuses a range over 90 days before asking the server', async () => {
    const findTollsMock = jest.fn(() => of(found));
    const page = render({ findTolls: findTollsMock });
    await page.fixture.whenStable();
    page.type('[formcontrolname=plate]', 'abc123');
    page.type('[formcontrolname=jurisdiction]', 'NC');
    page.type('[formcontrolname=from]', '2026-01-01');
    page.type('[formcontrolname=to]', '2026-11-25');
    page.submit('form.lookup');
    await page.fixture.whenStable();
    expect(findTollsMock).not.toHaveBeenCalled();
    expect(page.element.textContent).toContain('Choose up to 90 days');
  });

  it('pays the unbilled tolls once for a double submit, in the page’s language, and shows the receipt', async () => {
    const payment = new Subject<PaymentReceipt>();
    const payTolls = jest.fn(() => payment);
    const page = render(
      { findTolls: jest.fn(() => of(found)), tokenizeCard: tokenizeCard(), payTolls },
      'es',
    );
    await findTolls(page);
    enterCard(page);
    page.submit('form.card');
    page.submit('form.card');
    expect(payTolls).toHaveBeenCalledTimes(1);
    expect(payTolls).toHaveBeenCalledWith(
      expect.objectContaining({
        plate: 'ABC123',
        jurisdiction: 'NC',
        tripIds: ['10', '12'],
        amountCents: 1175,
        cardToken: 'tok_sbx_ok',
        language: 'es',
      }),
    );
    payment.next(receipt);
    payment.complete();
    await page.fixture.whenStable();
    expect(page.element.textContent).toContain('Pago recibido');
    expect(page.element.textContent).toContain('sbx_ch_tolls');
  });

  it('after a decline tells the driver which invoice now holds the tolls', async () => {
    const declined = {
      ...receipt,
      status: 'failed' as const,
      declineReason: 'card_declined',
      paidAt: null,
      reference: null,
    };
    const page = render({
      findTolls: jest.fn(() => of(found)),
      tokenizeCard: tokenizeCard(),
      payTolls: jest.fn(() => of(declined)),
    });
    await findTolls(page);
    enterCard(page);
    page.submit('form.card');
    await page.fixture.whenStable();
    const alert = page.element.querySelector('[role=alert]')?.textContent ?? '';
    expect(alert).toContain('card declined');
    expect(alert).toContain('INV00000077');
  });

  it('offers no payment when every toll is already on a bill', async () => {
    const billed = { ...found, tolls: [toll('11', 'invoiced', 300)], unbilledCents: 0 };
    const page = render({ findTolls: jest.fn(() => of(billed)) });
    await findTolls(page);
    expect(page.element.querySelector('form.card')).toBeNull();
    expect(page.element.textContent).toContain('Nothing to pay here');
  });
});

describe('GuestPayPage tabs', () => {
  it('offers the invoice tab first and tolls by plate as the second tab', async () => {
    TestBed.configureTestingModule({
      providers: [
        { provide: GuestPayApi, useValue: {} },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(customerTexts);
    translations.register(guestPayTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(GuestPayPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const tabs = [...element.querySelectorAll<HTMLElement>('[role=tab]')];
    expect(tabs.map((tab) => tab.textContent?.trim())).toEqual([
      'I have an invoice',
      'Find tolls by plate',
    ]);
    expect(element.querySelector('[formcontrolname=invoiceNo]')).not.toBeNull();
    tabs[1]!.click();
    await fixture.whenStable();
    expect(
      element.querySelector('beaus-plate-tolls-panel [formcontrolname=jurisdiction]'),
    ).not.toBeNull();
  });
});
