import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { TranslationService } from '@beaus/shared';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore } from '@ngrx/store';
import { of } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import { ServiceDialogs } from '../components/service-dialogs';
import { AccountApi } from '../data/account.api';
import type { AccountTrip } from '../data/account.api';
import { MoneyApi } from '../data/money.api';
import { moneyTexts } from '../money.texts';
import * as effects from '../state/account.effects';
import { accountFeature } from '../state/account.feature';
import { maskedAccount } from '../testing/account-fixtures';
import AccountPage from './account.page';

const trip = (id: string, status: string): AccountTrip => ({
  id,
  occurredAt: '2026-11-24T12:00:00Z',
  plazaCode: 'AUS-PRM',
  plazaName: 'Parmer Lane',
  timeZone: 'America/Chicago',
  laneCode: 'L1',
  direction: 'N',
  vehicleClass: 2,
  readType: 'tag',
  tagNo: '1000039595',
  plate: null,
  jurisdiction: null,
  amountCents: 350,
  status,
  rateExplanation: null,
  imageKeys: [],
});

/** The trips tab's Reverse action, end to end through the page, its dialog and the store. */
describe('AccountPage money actions', () => {
  let fixture: ComponentFixture<AccountPage>;
  let element: HTMLElement;
  let api: Record<string, jest.Mock>;
  let money: { perform: jest.Mock };
  let tripsLoader: jest.Mock;

  async function render() {
    const emptyPage = () => of({ items: [], total: 0 });
    tripsLoader = jest.fn((_query: unknown) =>
      of({ items: [trip('77', 'posted'), trip('78', 'reversed')], total: 2 }),
    );
    api = {
      load: jest.fn(() => of(maskedAccount())),
      // A new loader per call, as AccountApi makes one.
      trips: jest.fn(() => (query: unknown) => tripsLoader(query)),
    };
    for (const tab of ['vehicles', 'tags', 'ledger', 'notes', 'history']) {
      api[tab] = jest.fn(() => emptyPage);
    }
    money = {
      perform: jest.fn(() => of({ messageKey: 'agent.reverse.done', amountCents: 350 })),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideStore(),
        provideState(accountFeature),
        provideEffects(effects),
        { provide: AccountApi, useValue: api },
        { provide: MoneyApi, useValue: money },
        { provide: ServiceDialogs, useValue: {} },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts, moneyTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(AccountPage);
    fixture.componentRef.setInput('accountId', '5');
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  async function openTab(label: string) {
    Array.from(element.querySelectorAll<HTMLElement>('[role="tab"]'))
      .find((tab) => tab.textContent?.includes(label))!
      .click();
    await fixture.whenStable();
  }

  it('offers the payments and invoices tabs', async () => {
    await render();
    const labels = Array.from(element.querySelectorAll('[role="tab"]')).map((t) =>
      t.textContent?.trim(),
    );
    expect(labels).toEqual(expect.arrayContaining(['Payments', 'Invoices']));
  });

  it('reverses a posted trip with a note, then reloads the header and the trips', async () => {
    await render();
    await openTab('Trips');
    const reverse = Array.from(element.querySelectorAll<HTMLButtonElement>('td button')).filter(
      (button) => button.textContent?.includes('Reverse'),
    );
    // Only the posted trip can be reversed.
    expect(reverse).toHaveLength(1);
    reverse[0].click();
    await fixture.whenStable();
    const dialog = document.querySelector<HTMLElement>('beaus-money-action-dialog')!;
    expect(dialog.querySelector('h2')?.textContent).toContain(
      'Reverse the trip at Parmer Lane (AUS-PRM)',
    );
    expect(dialog.textContent).toContain('$3.50');
    const note = dialog.querySelector('textarea')!;
    note.value = 'Read twice at the same gantry';
    note.dispatchEvent(new Event('input'));
    dialog.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(money.perform).toHaveBeenCalledWith(
      { kind: 'reverseTrip', accountId: 5, tripId: 77 },
      { note: 'Read twice at the same gantry', reasonCode: 'GOODWILL' },
    );
    expect(element.querySelector('.actions [role="status"]')?.textContent).toContain(
      'Trip reversed: $3.50 credited.',
    );
    expect(api['load']).toHaveBeenCalledTimes(2);
    expect(tripsLoader).toHaveBeenCalledTimes(2);
  });
});
