import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslationService } from '@beaus/shared';
import { customerTexts } from '../../customer.texts';
import { cardEntryOf, cardFieldsGroup } from './card-fields';
import { CardFieldsComponent } from './card-fields.component';
import { CardFieldsHarness } from './testing/card-fields.harness';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, CardFieldsComponent],
  template: `<form [formGroup]="form"><beaus-card-fields [group]="form.controls.card" /></form>`,
})
class HostForm {
  private readonly fb = inject(NonNullableFormBuilder);
  readonly form = this.fb.group({ card: cardFieldsGroup(this.fb) });
}

describe('CardFieldsComponent', () => {
  async function render() {
    const translations = TestBed.inject(TranslationService);
    translations.register(customerTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(HostForm);
    await fixture.whenStable();
    const fields = await TestbedHarnessEnvironment.harnessForFixture(fixture, CardFieldsHarness);
    return { fixture, fields, form: fixture.componentInstance.form };
  }

  it('labels each field and names the test cards', async () => {
    const { fields } = await render();
    expect(await fields.getLabels()).toEqual([
      'Card number',
      'Expiry month (MM)',
      'Expiry year (YYYY)',
      'Security code',
    ]);
    expect(await fields.getNote()).toContain('4242 4242 4242 4242');
  });

  it('reads the typed card into the tokenizer request without the spaces in the number', async () => {
    const { fields, form } = await render();
    await fields.fill({
      number: '4242 4242-4242 4242',
      expMonth: '03',
      expYear: '2030',
      cvc: '123',
    });
    expect(form.valid).toBe(true);
    expect(cardEntryOf(form.controls.card)).toEqual({
      number: '4242424242424242',
      expMonth: 3,
      expYear: 2030,
      cvc: '123',
    });
  });

  it('keeps the page form invalid and says why when the card is not shaped right', async () => {
    const { fixture, fields, form } = await render();
    await fields.fill({ number: '4242', expMonth: '13', expYear: '2030', cvc: '12' });
    form.markAllAsTouched();
    fixture.detectChanges();
    expect(form.invalid).toBe(true);
    expect(await fields.getError()).toBe('Check the card number, expiry and security code.');
  });
});
