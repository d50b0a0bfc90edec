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
import { AccountApi } from '../data/account.api';
import { AccountServiceApi } from '../data/account-service.api';
import { ServiceDialogs } from '../components/service-dialogs';
import { serviceTexts } from '../service.texts';
import type { AccountView } from '../data/account.api';
import * as effects from '../state/account.effects';
import { accountFeature } from '../state/account.feature';
import { maskedAccount, pendingAdjustment, verifiedAccount } from '../testing/account-fixtures';
import AccountPage from './account.page';

const emptyPage = () => of({ items: [], total: 0 });
const tag = {
  id: '31',
  tagNo: '1000039595',
  status: 'valid',
  vehicleId: null,
  plate: null,
  issuedAt: '2025-03-01T12:00:00Z',
};

describe('AccountPage', () => {
  let view: AccountView;
  let api: Record<string, jest.Mock>;
  let fixture: ComponentFixture<AccountPage>;
  let element: HTMLElement;
  let tagsLoader: jest.Mock;
  let dialogs: Record<string, jest.Mock>;

  async function render(overrides: Partial<AccountView> = {}) {
    view = maskedAccount(overrides);
    dialogs = {
      convert: jest.fn(() => of({ message: 'Converted to prepaid: 2 tolls moved.' })),
      autoTopUp: jest.fn(() => of(undefined)),
      assignTag: jest.fn(() => of(undefined)),
      replaceTag: jest.fn(() => of(undefined)),
    };
    api = {
      load: jest.fn(() => of(view)),
      verify: jest.fn(() => {
        view = verifiedAccount();
        return of({ verified: true, verifiedUntil: view.verification.verifiedUntil });
      }),
      adjust: jest.fn(() => of(pendingAdjustment(6000))),
      addNote: jest.fn(),
      change: jest.fn(() => of({})),
    };
    for (const tab of ['vehicles', 'trips', 'ledger', 'notes', 'history']) {
      api[tab] = jest.fn(() => emptyPage);
    }
    tagsLoader = jest.fn(() => of({ items: [tag], total: 1 }));
    api['tags'] = jest.fn(() => tagsLoader);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideStore(),
        provideState(accountFeature),
        provideEffects(effects),
        { provide: AccountApi, useValue: api },
        { provide: ServiceDialogs, useValue: dialogs },
        // The Tags tab lists the driver's open tag requests through it.
        { provide: AccountServiceApi, useValue: { openTagRequests: jest.fn(() => of([])) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(agentTexts);
    translations.register(accountTexts);
    translations.register(serviceTexts);
    translations.use('en');
    fixture = TestBed.createComponent(AccountPage);
    fixture.componentRef.setInput('accountId', '5');
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('shows the header and keeps personal data masked until the caller is verified', async () => {
    await render();
    expect(api['load']).toHaveBeenCalledWith(5);
    expect(element.querySelector('h1')?.textContent).toContain('Account 100000005');
    expect(element.textContent).toContain('$8.50');
    expect(element.querySelector('.alerts')?.textContent).toContain('Low balance');
    expect(element.textContent).toContain('Personal data is hidden');
    expect(element.textContent).toContain('J. Garcia');
    // The agent types the caller's answer straight away.
    expect(document.activeElement).toBe(element.querySelector('input[name="answer"]'));
  });

  it('verifies the caller with the PIN and then shows their personal data', async () => {
    await render();
    element.querySelector<HTMLInputElement>('input[name="answer"]')!.value = '1234';
    element.querySelector('form.verify')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(api['verify']).toHaveBeenCalledWith(5, { method: 'pin', value: '1234' });
    expect(api['load']).toHaveBeenCalledTimes(2);
    expect(element.textContent).toContain('Jennifer Garcia');
    expect(element.textContent).toContain('jennifer.garcia@example.com');
    expect(element.textContent).not.toContain('Personal data is hidden');
    expect(element.querySelector('beaus-verify-caller')).toBeNull();
  });

  it('warns in the dialog that an amount over the limit waits, then says it is pending', async () => {
    await render();
    element.querySelector<HTMLButtonElement>('.actions button')!.click();
    await fixture.whenStable();
    const dialog = document.querySelector<HTMLElement>('beaus-adjustment-dialog')!;
    expect(document.activeElement).toBe(dialog.querySelector('input[name="amount"]'));

    dialog.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(dialog.textContent).toContain('A note saying why is required.');
    expect(api['adjust']).not.toHaveBeenCalled();

    type(dialog.querySelector<HTMLInputElement>('input[name="amount"]')!, '60.00');
    type(dialog.querySelector('textarea')!, 'Charged twice at Plaza 3');
    await fixture.whenStable();
    expect(dialog.textContent).toContain('it will wait for supervisor approval');
    dialog.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    expect(api['adjust']).toHaveBeenCalledWith(5, {
      kind: 'credit',
      amountCents: 6000,
      reasonCode: 'GOODWILL',
      note: 'Charged twice at Plaza 3',
    });
    expect(element.querySelector('.outcome')?.textContent).toContain(
      'Adjustment of $60.00 is pending supervisor approval.',
    );
  });

  it('marks a tag stolen with a note, then reloads the header and the tags', async () => {
    await render();
    const tabs = Array.from(element.querySelectorAll<HTMLElement>('[role="tab"]'));
    tabs.find((tab) => tab.textContent?.includes('Tags'))!.click();
    await fixture.whenStable();
    const stolen = Array.from(element.querySelectorAll<HTMLButtonElement>('td button')).find(
      (button) => button.textContent?.includes('Stolen'),
    )!;
    stolen.click();
    await fixture.whenStable();
    const dialog = document.querySelector<HTMLElement>('beaus-note-prompt-dialog')!;
    expect(dialog.querySelector('h2')?.textContent).toContain('Mark tag 1000039595 stolen');
    type(dialog.querySelector('textarea')!, 'Car broken into last night');
    dialog.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(api['change']).toHaveBeenCalledWith(5, {
      kind: 'markTag',
      tagId: 31,
      body: { status: 'stolen', note: 'Car broken into last night' },
    });
    expect(api['load']).toHaveBeenCalledTimes(2);
    // The tags tab asks the server again, so the tag shows its new status.
    expect(tagsLoader).toHaveBeenCalledTimes(2);
  });

  it('offers a toll-by-plate account conversion, then shows its outcome and reloads', async () => {
    await render({ type: 'toll_by_plate' });
    const buttons = Array.from(element.querySelectorAll<HTMLButtonElement>('.actions button'));
    expect(buttons.some((b) => b.textContent?.includes('Auto top-up'))).toBe(false);
    buttons.find((b) => b.textContent?.includes('Convert to prepaid'))!.click();
    await fixture.whenStable();
    expect(dialogs['convert']).toHaveBeenCalledWith(5);
    expect(element.querySelector('.actions [role="status"]')?.textContent).toContain(
      'Converted to prepaid: 2 tolls moved.',
    );
    expect(api['load']).toHaveBeenCalledTimes(2);
  });

  it('opens auto top-up settings with the current setting for a prepaid account', async () => {
    const autoTopUp = { thresholdCents: 1000, amountCents: 4000 };
    await render({ autoTopUp });
    Array.from(element.querySelectorAll<HTMLButtonElement>('.actions button'))
      .find((b) => b.textContent?.includes('Auto top-up'))!
      .click();
    expect(dialogs['autoTopUp']).toHaveBeenCalledWith(5, autoTopUp);
    // Cancelled: nothing reloads.
    await fixture.whenStable();
    expect(api['load']).toHaveBeenCalledTimes(1);
  });
});
