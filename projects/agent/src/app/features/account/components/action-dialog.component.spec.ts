import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogRef } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import { moneyTexts } from '../money.texts';
import { ActionDialogComponent } from './action-dialog.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ActionDialogComponent],
  template: `
    <beaus-action-dialog
      titleKey="agent.adjust.title"
      noteLabelKey="agent.adjust.note"
      [(note)]="note"
      [focusNote]="focusNote()"
      [submitOnCtrlEnter]="ctrlEnter()"
      [noticeKey]="notice()"
      [problems]="problems()"
      [submitting]="submitting()"
      [failure]="failure()"
      submitKey="agent.adjust.submit"
      submittingKey="agent.money.submitting"
      (confirmed)="confirmations = confirmations + 1"
    >
      <input name="amount" />
    </beaus-action-dialog>
  `,
})
class HostComponent {
  readonly note = signal('');
  readonly focusNote = signal(false);
  readonly ctrlEnter = signal(false);
  readonly notice = signal<string | null>(null);
  readonly problems = signal<readonly string[]>([]);
  readonly submitting = signal(false);
  readonly failure = signal<string | null>(null);
  confirmations = 0;
}

describe('ActionDialogComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let host: HostComponent;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        { provide: MatDialogRef, useValue: { close: jest.fn() } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts, moneyTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(HostComponent);
    host = fixture.componentInstance;
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  });

  const note = () => element.querySelector<HTMLTextAreaElement>('textarea[name="note"]')!;
  async function typeNote(value: string) {
    note().value = value;
    note().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }
  const submit = async () => {
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const submitButton = () => element.querySelector('button[type="submit"]')!;
  const alerts = () =>
    [...element.querySelectorAll('[role="alert"]')].map((a) => a.textContent?.trim());

  it('frames the action: title, its own fields inside the form, a labelled note, cancel', () => {
    expect(element.querySelector('h2')!.textContent).toContain('Adjust the balance');
    expect(element.querySelector('form [name="amount"]')).not.toBeNull();
    expect(element.querySelector('mat-form-field')!.textContent).toContain('Note (why)');
    expect(element.querySelector('button[mat-dialog-close]')!.textContent).toContain('Cancel');
    expect(submitButton().textContent).toContain('Submit adjustment');
  });

  it('shows problems only once the agent tries, and confirms nothing without a note', async () => {
    host.problems.set(['agent.adjust.amountInvalid']);
    await fixture.whenStable();
    expect(alerts()).toEqual([]);
    await submit();
    expect(alerts()).toEqual([
      'Enter an amount above zero, e.g. 12.50.',
      'A note saying why is required.',
    ]);
    expect(host.confirmations).toBe(0);
  });

  it('hands the note back and confirms once it is written', async () => {
    await typeNote('Customer called twice');
    expect(host.note()).toBe('Customer called twice');
    await submit();
    expect(host.confirmations).toBe(1);
    expect(alerts()).toEqual([]);
  });

  it('ignores a second send while the first is on its way and says it is sending', async () => {
    await typeNote('Duplicate read');
    host.submitting.set(true);
    await fixture.whenStable();
    await submit();
    expect(host.confirmations).toBe(0);
    expect(submitButton().textContent).toContain('Sending…');
    expect(submitButton().getAttribute('aria-disabled')).toBe('true');
  });

  it('shows the refusal as an alert and the notice as a status', async () => {
    host.failure.set('Trip 77 was already reversed.');
    host.notice.set('agent.adjust.overLimit');
    await fixture.whenStable();
    expect(alerts()).toEqual(['Trip 77 was already reversed.']);
    expect(element.querySelector('[role="status"]')!.textContent).toContain('Above your limit');
  });

  it('sends on Ctrl+Enter in the note only where the dialog asks for it', async () => {
    await typeNote('Waived as goodwill');
    const ctrlEnter = () =>
      note().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }));
    ctrlEnter();
    expect(host.confirmations).toBe(0);
    host.ctrlEnter.set(true);
    await fixture.whenStable();
    ctrlEnter();
    expect(host.confirmations).toBe(1);
  });

  it('marks the note as where focus starts only when asked', async () => {
    expect(note().hasAttribute('cdkfocusinitial')).toBe(false);
    host.focusNote.set(true);
    await fixture.whenStable();
    expect(note().hasAttribute('cdkfocusinitial')).toBe(true);
  });
});
