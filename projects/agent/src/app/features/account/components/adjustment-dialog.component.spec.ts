import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import { AdjustmentDialogComponent } from './adjustment-dialog.component';

describe('AdjustmentDialogComponent', () => {
  let fixture: ComponentFixture<AdjustmentDialogComponent>;
  let element: HTMLElement;
  let close: jest.Mock;

  beforeEach(async () => {
    close = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        { provide: MatDialogRef, useValue: { close } },
        { provide: MAT_DIALOG_DATA, useValue: { agentLimitCents: 5000 } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(AdjustmentDialogComponent);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  });

  const field = (name: string) =>
    element.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      `[name="${name}"]`,
    )!;
  async function fill(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) {
      field(name).value = value;
      field(name).dispatchEvent(new Event(field(name).tagName === 'SELECT' ? 'change' : 'input'));
    }
    await fixture.whenStable();
  }
  const submit = async () => {
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const alerts = () =>
    [...element.querySelectorAll('[role="alert"]')].map((a) => a.textContent?.trim());

  it('closes with the adjustment in cents, its reason and the trimmed note', async () => {
    await fill({ amount: '12.50', reason: 'DUPLICATE_CHARGE', note: ' Late statement ' });
    await submit();
    expect(close).toHaveBeenCalledWith({
      kind: 'credit',
      amountCents: 1250,
      reasonCode: 'DUPLICATE_CHARGE',
      note: 'Late statement',
    });
  });

  it('names a missing amount and note and closes with nothing', async () => {
    await submit();
    expect(alerts()).toEqual([
      'Enter an amount above zero, e.g. 12.50.',
      'A note saying why is required.',
    ]);
    expect(close).not.toHaveBeenCalled();
  });

  it('says before sending that an amount above the limit waits for a supervisor', async () => {
    await fill({ amount: '80.00' });
    expect(element.querySelector('[role="status"]')!.textContent).toContain('supervisor');
  });
});
