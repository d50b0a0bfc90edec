import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { Subject, of, throwError } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import type { ServiceOutcome } from '../data/account-service.api';
import { serviceTexts } from '../service.texts';
import { ServiceActionDialogComponent } from './service-action-dialog.component';
import type { ServiceActionDialogData } from './service-action-dialog.component';

describe('ServiceActionDialogComponent', () => {
  let fixture: ComponentFixture<ServiceActionDialogComponent>;
  let element: HTMLElement;
  let close: jest.Mock;
  let run: jest.Mock;

  async function render(
    data: Partial<ServiceActionDialogData>,
    answer = of<ServiceOutcome>({ message: 'Done.' }),
  ) {
    close = jest.fn();
    run = jest.fn(() => answer);
    TestBed.configureTestingModule({
      providers: [
        { provide: MatDialogRef, useValue: { close } },
        {
          provide: MAT_DIALOG_DATA,
          useValue: {
            titleKey: 'agent.tag.assignTitle',
            submitKey: 'agent.tag.assignSubmit',
            run,
            ...data,
          },
        },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts, serviceTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(ServiceActionDialogComponent);
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

  it('assigns a tag to the chosen vehicle with a note and closes with the outcome', async () => {
    await render({
      vehicles: [
        { id: '7', label: 'TX ABC123 · Toyota' },
        { id: '8', label: 'TX XYZ789' },
      ],
      askTagNo: true,
    });
    await submit();
    expect(alerts()).toEqual([
      'Choose the vehicle.',
      'Enter the tag number: 4 to 24 letters, digits or dashes.',
      'A note saying why is required.',
    ]);
    expect(run).not.toHaveBeenCalled();

    fill({ vehicle: '8', tagNo: ' tag-0042 ', note: 'New transponder' });
    await submit();
    expect(run).toHaveBeenCalledWith({
      note: 'New transponder',
      tagNo: 'tag-0042',
      vehicleId: 8,
      outcome: null,
    });
    expect(close).toHaveBeenCalledWith({ message: 'Done.' });
  });

  it('asks for an outcome when closing a case', async () => {
    await render({ outcomes: ['upheld', 'denied', 'withdrawn'] });
    fill({ note: 'Duplicate confirmed' });
    await submit();
    expect(alerts()).toEqual(['Choose the outcome.']);
    fill({ outcome: 'denied' });
    await submit();
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'denied' }));
  });

  it('shows progress, then the BFF’s refusal, and stays open to try again', async () => {
    const answer = new Subject<ServiceOutcome>();
    await render({ askTagNo: true }, answer);
    fill({ tagNo: '1000000001', note: 'Replacement' });
    await submit();
    expect(element.querySelector('button[type="submit"]')?.textContent).toContain('Saving…');
    await submit();
    expect(run).toHaveBeenCalledTimes(1);
    answer.error(
      new HttpErrorResponse({
        status: 409,
        error: { code: 'BEAUS_ERR_CONFLICT', message: 'Tag number 1000000001 is taken.' },
      }),
    );
    await fixture.whenStable();
    expect(alerts()).toEqual(['Tag number 1000000001 is taken.']);
    expect(close).not.toHaveBeenCalled();
    expect(element.querySelector('button[type="submit"]')?.textContent).toContain('Assign tag');
  });

  it('says something went wrong, not the raw error, when the server fails', async () => {
    await render(
      {},
      throwError(() => new HttpErrorResponse({ status: 500 })),
    );
    fill({ note: 'Note' });
    await submit();
    expect(alerts()).toHaveLength(1);
    expect(alerts()[0]).not.toContain('500');
  });
});
