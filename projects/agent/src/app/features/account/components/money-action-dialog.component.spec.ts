import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { Subject, of, throwError } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import { MoneyApi } from '../data/money.api';
import type { MoneyActionOutcome } from '../data/money.api';
import { moneyTexts } from '../money.texts';
import { MoneyActionDialogComponent } from './money-action-dialog.component';
import type { MoneyActionDialogData } from './money-action-dialog.component';

const reversal: MoneyActionDialogData = {
  action: { kind: 'reverseTrip', accountId: 5, tripId: 77 },
  titleKey: 'agent.reverse.title',
  summaryKey: 'agent.reverse.summary',
  submitKey: 'agent.reverse.submit',
  params: { plaza: 'Parmer Lane (AUS-PRM)', amount: '$3.50' },
  askReason: true,
};

const waiver: MoneyActionDialogData = {
  action: { kind: 'waiveFee', accountId: 5, invoiceId: 12, feeId: 30 },
  titleKey: 'agent.waive.title',
  summaryKey: 'agent.waive.summary',
  submitKey: 'agent.waive.submit',
  params: { fee: 'Administrative fee', invoiceNo: 'INV0000012', amount: '$2.50' },
  askReason: false,
};

const outcome: MoneyActionOutcome = { messageKey: 'agent.reverse.done', amountCents: 350 };

describe('MoneyActionDialogComponent', () => {
  let fixture: ComponentFixture<MoneyActionDialogComponent>;
  let element: HTMLElement;
  let api: { perform: jest.Mock };
  let close: jest.Mock;

  async function render(data: MoneyActionDialogData) {
    api = { perform: jest.fn(() => of(outcome)) };
    close = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        { provide: MoneyApi, useValue: api },
        { provide: MatDialogRef, useValue: { close } },
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts, moneyTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(MoneyActionDialogComponent);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  const field = (name: string) =>
    element.querySelector<HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`);
  async function type(name: string, value: string, event = 'input') {
    field(name)!.value = value;
    field(name)!.dispatchEvent(new Event(event));
    await fixture.whenStable();
  }
  const submit = async () => {
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const alerts = () =>
    [...element.querySelectorAll('[role="alert"]')].map((a) => a.textContent?.trim());

  it('reverses a trip with a reason and the note, then closes with the outcome', async () => {
    await render(reversal);
    expect(element.querySelector('h2')!.textContent).toContain(
      'Reverse the trip at Parmer Lane (AUS-PRM)',
    );
    expect(element.textContent).toContain('Its toll of $3.50 is credited back');
    await type('reason', 'WRONG_CLASS', 'change');
    await type('note', ' Car charged as truck ');
    await submit();
    expect(api.perform).toHaveBeenCalledWith(reversal.action, {
      note: 'Car charged as truck',
      reasonCode: 'WRONG_CLASS',
    });
    expect(close).toHaveBeenCalledWith(outcome);
  });

  it('waives a fee with only a note', async () => {
    await render(waiver);
    expect(field('reason')).toBeNull();
    await type('note', 'Notice went to an old address');
    await submit();
    expect(api.perform).toHaveBeenCalledWith(waiver.action, {
      note: 'Notice went to an old address',
      reasonCode: null,
    });
  });

  it('requires a note before sending anything', async () => {
    await render(waiver);
    await type('note', '   ');
    await submit();
    expect(alerts()).toEqual(['A note saying why is required.']);
    expect(api.perform).not.toHaveBeenCalled();
  });

  it('shows progress, sends once, and shows a refusal in place', async () => {
    await render(reversal);
    const answer = new Subject<MoneyActionOutcome>();
    api.perform.mockReturnValue(answer);
    await type('note', 'Duplicate read');
    await submit();
    await submit();
    expect(api.perform).toHaveBeenCalledTimes(1);
    expect(element.querySelector('button[type="submit"]')!.textContent).toContain('Sending…');
    answer.error(
      new HttpErrorResponse({
        status: 409,
        error: { code: 'BEAUS_ERR_CONFLICT', message: 'Trip 77 was already reversed.' },
      }),
    );
    await fixture.whenStable();
    expect(alerts()).toEqual(['Trip 77 was already reversed.']);
    expect(close).not.toHaveBeenCalled();
    api.perform.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 500 })));
    await submit();
    expect(alerts()).toEqual(['That did not work. Try again in a moment.']);
  });
});
