import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { of, throwError } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import { AccountServiceApi } from '../data/account-service.api';
import { serviceTexts } from '../service.texts';
import { OpenCaseDialogComponent, parseIds } from './open-case-dialog.component';

describe('parseIds', () => {
  it('reads ids separated by commas or spaces, once each, and refuses anything else', () => {
    expect(parseIds('')).toEqual([]);
    expect(parseIds(' 12, 15 19,12 ')).toEqual([12, 15, 19]);
    expect(parseIds('12, x')).toBeNull();
    expect(parseIds('0')).toBeNull();
  });
});

describe('OpenCaseDialogComponent', () => {
  let fixture: ComponentFixture<OpenCaseDialogComponent>;
  let element: HTMLElement;
  let close: jest.Mock;
  let openCase: jest.Mock;

  async function render(answer = of({ message: 'Case opened; due within 10 days.' })) {
    close = jest.fn();
    openCase = jest.fn(() => answer);
    TestBed.configureTestingModule({
      providers: [
        { provide: AccountServiceApi, useValue: { openCase } },
        { provide: MatDialogRef, useValue: { close } },
        { provide: MAT_DIALOG_DATA, useValue: { accountId: 5 } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts, serviceTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(OpenCaseDialogComponent);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  const field = (name: string) =>
    element.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      `[name="${name}"]`,
    )!;
  function fill(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) {
      field(name).value = value;
      field(name).dispatchEvent(new Event(field(name).tagName === 'SELECT' ? 'change' : 'input'));
    }
  }
  const submit = async () => {
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const alerts = () => [...element.querySelectorAll('[role="alert"]')].map((a) => a.textContent);

  it('opens a dispute on trips with a subject and note, and closes with the outcome', async () => {
    await render();
    fill({ kind: 'dispute', subject: ' Charged twice ', trips: '101, 102', note: 'One passage' });
    await submit();
    expect(openCase).toHaveBeenCalledWith(5, {
      kind: 'dispute',
      subject: 'Charged twice',
      tripIds: [101, 102],
      note: 'One passage',
    });
    expect(close).toHaveBeenCalledWith({ message: 'Case opened; due within 10 days.' });
  });

  it('names what is missing or malformed before sending', async () => {
    await render();
    fill({ trips: '101, abc', invoice: '4 5' });
    await submit();
    expect(alerts()).toEqual([
      'Enter a subject.',
      'Trip ids are numbers separated by commas.',
      'The invoice id is one number.',
      'A note saying why is required.',
    ]);
    expect(openCase).not.toHaveBeenCalled();
  });

  it('shows the BFF’s refusal and stays open', async () => {
    await render(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: { message: 'body/tripIds trips 9 are not on this account' },
          }),
      ),
    );
    fill({ kind: 'inquiry', subject: 'Rate question', trips: '9', invoice: '12', note: 'x' });
    await submit();
    expect(openCase).toHaveBeenCalledWith(
      5,
      expect.objectContaining({ kind: 'inquiry', invoiceId: 12 }),
    );
    expect(alerts()).toEqual(['body/tripIds trips 9 are not on this account']);
    expect(close).not.toHaveBeenCalled();
  });
});
