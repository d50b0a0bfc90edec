import Type, { type Static } from 'typebox';
import { InvoiceLookupBody, Language } from './guest-pay.schemas.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

/** Longest range one look-up covers: wide enough for a trip, too narrow to sweep a plate's year. */
export const maxLookupDays = 90;

const Jurisdiction = Type.String({
  minLength: 2,
  maxLength: 3,
  pattern: '^[A-Za-z]+$',
  description: 'State or province code, e.g. NC',
});

export const TollLookupBody = Type.Object(
  {
    plate: InvoiceLookupBody.properties.plate,
    jurisdiction: Jurisdiction,
    from: Type.String({ format: 'date', description: 'First day (plaza local), YYYY-MM-DD' }),
    to: Type.String({
      format: 'date',
      description: `Last day (plaza local), at most ${maxLookupDays} days after from`,
    }),
  },
  { additionalProperties: false },
);
export type TollLookupBody = Static<typeof TollLookupBody>;

const PlateToll = Type.Object({
  id: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
  plazaName: Type.String(),
  plazaCode: Type.String(),
  timeZone: Type.String({ description: 'Show the time in the plaza’s zone, as rated' }),
  vehicleClass: Type.Integer(),
  amountCents: Type.Integer(),
  rate: Nullable(
    Type.Object({
      band: Type.String(),
      dayType: Type.String(),
      rate: Type.String({ description: 'tag or plate rate' }),
      rateCents: Type.Integer(),
    }),
  ),
  status: Type.Union([Type.Literal('unbilled'), Type.Literal('invoiced')], {
    description: 'unbilled: payable now; invoiced: already on a bill, pay it by invoice number',
  }),
  photoUrl: Nullable(Type.String({ description: 'Signed link to the evidence image; expires' })),
});

export const PlateTolls = Type.Object(
  {
    plate: Type.String(),
    jurisdiction: Type.String(),
    from: Type.String({ format: 'date' }),
    to: Type.String({ format: 'date' }),
    tolls: Type.Array(PlateToll),
    unbilledCents: Type.Integer({ description: 'Sum of the unbilled tolls listed' }),
    adminFee: Type.Object(
      {
        amountCents: Type.Integer(),
        ruleRef: Type.String({ description: 'The configuration rule that sets the fee' }),
      },
      { description: 'Added once when the unbilled tolls are paid (they go on one invoice)' },
    ),
  },
  { title: 'PlateTolls' },
);

export const TollPaymentBody = Type.Object(
  {
    plate: InvoiceLookupBody.properties.plate,
    jurisdiction: Jurisdiction,
    tripIds: Type.Array(Type.String({ maxLength: 18, pattern: '^[0-9]+$' }), {
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      description: 'The unbilled tolls being paid',
    }),
    cardToken: Type.String({ minLength: 8, maxLength: 200, description: 'From the card fields' }),
    amountCents: Type.Integer({
      minimum: 1,
      description: 'Tolls + admin fee, as the payer saw it',
    }),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    language: Type.Optional(Language),
  },
  { additionalProperties: false },
);
export type TollPaymentBody = Static<typeof TollPaymentBody>;
