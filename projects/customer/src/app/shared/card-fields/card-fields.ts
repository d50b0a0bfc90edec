import type { FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import { Validators } from '@angular/forms';

/** What the card fields collect; it goes to the processor's tokenizer, never to our API. */
export interface CardEntry {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
}

/** The card fields' controls, as typed text; a page nests this group in its own form. */
export type CardFieldsGroup = FormGroup<{
  number: FormControl<string>;
  expMonth: FormControl<string>;
  expYear: FormControl<string>;
  cvc: FormControl<string>;
}>;

/**
 * The controls `<beaus-card-fields>` binds to, with the shape checks the tokenizer would refuse
 * anyway, so a driver hears about a typo before anything is sent.
 */
export function cardFieldsGroup(fb: NonNullableFormBuilder): CardFieldsGroup {
  return fb.group({
    number: ['', [Validators.required, Validators.pattern(/^[0-9 -]{12,23}$/)]],
    expMonth: ['', [Validators.required, Validators.pattern(/^(0?[1-9]|1[0-2])$/)]],
    expYear: ['', [Validators.required, Validators.pattern(/^20\d\d$/)]],
    cvc: ['', [Validators.required, Validators.pattern(/^\d{3,4}$/)]],
  });
}

/** The tokenizer's request from valid fields: the number without the spaces or dashes typed in it. */
export function cardEntryOf(group: CardFieldsGroup): CardEntry {
  const value = group.getRawValue();
  return {
    number: value.number.replace(/[\s-]/g, ''),
    expMonth: Number(value.expMonth),
    expYear: Number(value.expYear),
    cvc: value.cvc,
  };
}
