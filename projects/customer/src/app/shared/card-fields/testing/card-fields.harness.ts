import { ComponentHarness } from '@angular/cdk/testing';

/** What a test types into the card fields, as a driver would. */
export interface TypedCard {
  number: string;
  expMonth: string;
  expYear: string;
  cvc: string;
}

/** Drives `beaus-card-fields` in tests: type a card, read the labels and the error shown. */
export class CardFieldsHarness extends ComponentHarness {
  static hostSelector = 'beaus-card-fields';

  private readonly labels = this.locatorForAll('mat-label');
  private readonly note = this.locatorFor('.note');
  private readonly error = this.locatorForOptional('mat-error');

  /** Types the card into the fields, replacing what was there. */
  async fill(card: TypedCard): Promise<void> {
    for (const name of ['number', 'expMonth', 'expYear', 'cvc'] as const) {
      const input = await this.locatorFor(`input[formControlName="${name}"]`)();
      await input.clear();
      await input.sendKeys(card[name]);
    }
  }

  /** The field labels, in order. */
  async getLabels(): Promise<string[]> {
    return Promise.all((await this.labels()).map((label) => label.text()));
  }

  /** The note above the fields (which test cards work). */
  async getNote(): Promise<string> {
    return (await this.note()).text();
  }

  /** The error under the card number, or null when none is shown. */
  async getError(): Promise<string | null> {
    const error = await this.error();
    return error ? error.text() : null;
  }
}
