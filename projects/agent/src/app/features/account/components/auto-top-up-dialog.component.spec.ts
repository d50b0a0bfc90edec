import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { of } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import { AccountServiceApi } from '../data/account-service.api';
import type { AutoTopUpSetting } from '../data/account-service.api';
import { serviceTexts } from '../service.texts';
import { AutoTopUpDialogComponent } from './auto-top-up-dialog.component';

describe('AutoTopUpDialogComponent', () => {
  let fixture: ComponentFixture<AutoTopUpDialogComponent>;
  let element: HTMLElement;
  let close: jest.Mock;
  let setAutoTopUp: jest.Mock;

  async function render(current: AutoTopUpSetting) {
    close = jest.fn();
    setAutoTopUp = jest.fn(() => of({ message: 'Auto top-up is off.' }));
    TestBed.configureTestingModule({
      providers: [
        { provide: AccountServiceApi, useValue: { setAutoTopUp } },
        { provide: MatDialogRef, useValue: { close } },
        { provide: MAT_DIALOG_DATA, useValue: { accountId: 5, current } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts, serviceTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(AutoTopUpDialogComponent);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  const field = (name: string) =>
    element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  function fill(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) {
      field(name)!.value = value;
      field(name)!.dispatchEvent(new Event('input'));
    }
  }
  const submit = async () => {
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const alerts = () => [...element.querySelectorAll('[role="alert"]')].map((a) => a.textContent);

  it('starts from the current setting and saves a change in cents with the note', async () => {
    await render({ thresholdCents: 1000, amountCents: 4000 });
    expect(field('threshold')!.value).toBe('10.00');
    expect(field('amount')!.value).toBe('40.00');
    fill({ threshold: '15', amount: '50.00', note: 'Caller asked for more' });
    await submit();
    expect(setAutoTopUp).toHaveBeenCalledWith(
      5,
      { thresholdCents: 1500, amountCents: 5000 },
      'Caller asked for more',
    );
    expect(close).toHaveBeenCalledWith({ message: 'Auto top-up is off.' });
  });

  it('turns it off by sending null, without asking for amounts', async () => {
    await render({ thresholdCents: 1000, amountCents: 4000 });
    const enabled = field('enabled') as HTMLInputElement;
    enabled.checked = false;
    enabled.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(field('amount')).toBeNull();
    fill({ note: 'Card expiring' });
    await submit();
    expect(setAutoTopUp).toHaveBeenCalledWith(5, null, 'Card expiring');
  });

  it('refuses amounts outside the bounds and a missing note before sending', async () => {
    await render(null);
    expect(field('amount')).toBeNull();
    const enabled = field('enabled') as HTMLInputElement;
    enabled.checked = true;
    enabled.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    fill({ threshold: '2000', amount: '4.99' });
    await submit();
    expect(alerts()).toEqual([
      'Enter a threshold from 0 to 1,000.00.',
      'Enter an amount from 5.00 to 500.00.',
      'A note saying why is required.',
    ]);
    expect(setAutoTopUp).not.toHaveBeenCalled();
    fill({ threshold: '0', amount: '5', note: 'Top up as soon as it runs out' });
    await submit();
    expect(setAutoTopUp).toHaveBeenCalledWith(
      5,
      { thresholdCents: 0, amountCents: 500 },
      'Top up as soon as it runs out',
    );
  });
});
