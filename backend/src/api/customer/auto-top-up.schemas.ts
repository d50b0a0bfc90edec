import Type from 'typebox';
import { autoTopUpBounds as b } from '../../domain/auto-top-up.ts';

/** Auto top-up on (threshold and amount) or off (null): one schema for customers and agents. */
export const AutoTopUp = Type.Union([
  Type.Object(
    {
      thresholdCents: Type.Integer({
        minimum: b.minThresholdCents,
        maximum: b.maxThresholdCents,
        description: 'Top up when the balance falls below this',
      }),
      amountCents: Type.Integer({
        minimum: b.minAmountCents,
        maximum: b.maxAmountCents,
        description: 'Charge the card on file this much',
      }),
    },
    { additionalProperties: false },
  ),
  Type.Null(),
]);
