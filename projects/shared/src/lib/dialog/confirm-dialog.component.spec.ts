import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslationService } from '../i18n/translation.service';
import { ConfirmService } from './confirm.service';

@Component({
  selector: 'beaus-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostComponent {
  readonly confirm = inject(ConfirmService);
}

describe('ConfirmService and dialog', () => {
  async function open(): Promise<{ answer: Promise<boolean>; dialog: MatDialogHarness }> {
    TestBed.inject(TranslationService).use('en');
    const fixture = TestBed.createComponent(HostComponent);
    const answer = fixture.componentInstance.confirm.confirm({
      title: 'Reverse trip?',
      message: 'The account is credited $2.50.',
      confirmLabel: 'Reverse',
    });
    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const dialog = await loader.getHarness(MatDialogHarness);
    return { answer, dialog };
  }

  it('shows the question and resolves true when confirmed', async () => {
    const { answer, dialog } = await open();
    expect(await dialog.getTitleText()).toBe('Reverse trip?');
    expect(await dialog.getContentText()).toContain('credited $2.50');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Reverse' }))).click();
    await expect(answer).resolves.toBe(true);
  });

  it('resolves false when cancelled or dismissed', async () => {
    const { answer, dialog } = await open();
    await dialog.close();
    await expect(answer).resolves.toBe(false);
  });
});
