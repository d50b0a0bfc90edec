import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { ConfirmService, TranslationService } from '@beaus/shared';
import { of, Subject, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { customerTexts } from '../../../customer.texts';
import { CustomerAccountApi } from '../data/customer-account.api';
import type { CustomerAccount, TopUpReceipt } from '../data/customer-account.api';
import { TripPhotoDialogComponent } from '../components/trip-photo-dialog.component';
import { ProfileApi } from '../data/profile.api';
import { SelfServiceApi } from '../data/self-service.api';
import { myTripsTexts } from '../my-trips.texts';
import { account, profile } from '../testing/customer-account.fixture';
import AccountDashboardPage from './account-dashboard.page';

describe('AccountDashboardPage', () => {
  async function render(
    answer: () => Observable<CustomerAccount>,
    more: Partial<Record<keyof CustomerAccountApi, jest.Mock>> = {},
    language: 'en' | 'es' = 'en',
  ) {
    const load = jest.fn(answer);
    const dialog = { open: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: CustomerAccountApi, useValue: { load, ...more } },
        { provide: SelfServiceApi, useValue: {} },
        { provide: ProfileApi, useValue: { load: () => of(profile) } },
        { provide: ConfirmService, useValue: { confirm: () => Promise.resolve(true) } },
      ],
    });
    TestBed.overrideProvider(MatDialog, { useValue: dialog });
    const translations = TestBed.inject(TranslationService);
    translations.register(customerTexts);
    translations.register(myTripsTexts);
    translations.use(language);
    const fixture = TestBed.createComponent(AccountDashboardPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    // Each row as its cells' texts joined by " | ".
    const text = (selector: string) =>
      [...element.querySelectorAll(selector)].map((row) =>
        [...row.querySelectorAll('td')]
          .map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim())
          .join(' | '),
      );
    return { fixture, element, load, text, dialog };
  }

  it('shows the balance, tags, vehicles and recent trips', async () => {
    const { element, text } = await render(() => of(account));
    expect(element.querySelector('h1')?.textContent).toContain('Account 100004217');
    expect(element.querySelector('.balance')?.textContent?.trim()).toBe('$23.45');
    const rows = text('tbody tr');
    expect(rows).toEqual([
      'BEA-0000123 | Low balance | ABC123 | Report lost Report stolen',
      'Nov 24, 2026, 7:05 AM CST | Northbridge Main (NB01) | ABC123 | $2.75 Class 2 tag rate at NB01, weekday band 06:00–09:00, schedule version 2 | Posted | Photo Dispute',
      'Nov 24, 2026, 8:00 AM CST | Southgate (SG02) |  | Being rated | In review | No photo Dispute',
    ]);
    expect(element.querySelector('.holder')?.textContent).toBe('Jordan Rivera');
    expect(element.querySelector('.top-up')?.textContent?.trim()).toBe(
      'Adds $40.00 when the balance falls below $10.00',
    );
  });

  it('explains how a price was computed in Spanish too', async () => {
    const { element } = await render(() => of(account), {}, 'es');
    expect(element.querySelector('.trips .rate')?.textContent?.trim()).toBe(
      'Tarifa de tag clase 2 en NB01, franja 06:00–09:00 de día laborable, versión de tarifas 2',
    );
  });

  it("opens a trip's photo in a dialog named by plate and plaza, fetched only then", async () => {
    const photo = of(new Blob(['<svg/>']));
    const tripPhoto = jest.fn(() => photo);
    const { element, dialog } = await render(() => of(account), { tripPhoto });
    expect(tripPhoto).not.toHaveBeenCalled();
    const buttons = element.querySelectorAll<HTMLButtonElement>('.trips button.photo');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.getAttribute('aria-label')).toBe('Photo of the trip at Northbridge Main');
    buttons[0]!.click();
    expect(tripPhoto).toHaveBeenCalledWith('t1');
    expect(dialog.open).toHaveBeenCalledWith(
      TripPhotoDialogComponent,
      expect.objectContaining({
        data: { photo, title: 'Plate photo of ABC123 at Northbridge Main (NB01)' },
      }),
    );
  });

  it('marks a negative balance', async () => {
    const { element } = await render(() => of({ ...account, balanceCents: -150 }));
    const balance = element.querySelector('.balance')!;
    expect(balance.textContent?.trim()).toBe('-$1.50');
    expect(balance.classList).toContain('negative');
  });

  it('says when there are no tags, vehicles or trips', async () => {
    const { element } = await render(() =>
      of({ ...account, tags: [], vehicles: [], recentTrips: [] }),
    );
    expect(element.textContent).toContain('No tags on this account.');
    expect(element.textContent).toContain('No vehicles on this account.');
    expect(element.textContent).toContain('No trips yet.');
  });

  it('shows an error with retry', async () => {
    let fail = true;
    const { fixture, element, load } = await render(() =>
      fail ? throwError(() => new Error('503')) : of(account),
    );
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    fail = false;
    element.querySelector<HTMLButtonElement>('beaus-error-state button')!.click();
    await fixture.whenStable();
    expect(load).toHaveBeenCalledTimes(2);
    expect(element.querySelector('.balance')).not.toBeNull();
  });

  it('tops up with the card on file once for a double click, then shows the new balance', async () => {
    const payment = new Subject<TopUpReceipt>();
    const topUp = jest.fn(() => payment);
    const { fixture, element, load } = await render(() => of(account), { topUp });
    const button = element.querySelector<HTMLButtonElement>('.top-up-button')!;
    expect(button.textContent).toContain('Add $25.00');
    expect(element.textContent).toContain('visa •••• 4242');
    button.click();
    button.click();
    expect(topUp).toHaveBeenCalledTimes(1);
    expect(topUp).toHaveBeenCalledWith(2500, expect.any(String));
    payment.next({
      paymentId: '9',
      status: 'succeeded',
      amountCents: 2500,
      paidAt: '2026-11-25T12:00:00Z',
      declineReason: null,
    });
    payment.complete();
    await fixture.whenStable();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('turns auto top-up off', async () => {
    const setAutoTopUp = jest.fn(() => of({ autoTopUp: null }));
    const { fixture, element } = await render(() => of(account), { setAutoTopUp });
    element.querySelector<HTMLInputElement>('beaus-auto-top-up-form input[type=checkbox]')!.click();
    await fixture.whenStable();
    element.querySelector('form.auto')!.dispatchEvent(new Event('submit'));
    expect(setAutoTopUp).toHaveBeenCalledWith(null);
  });
});
