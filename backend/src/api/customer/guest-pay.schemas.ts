import Type, { type Static } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const InvoiceLookupBody = Type.Object(
  {
    invoiceNo: Type.String({ minLength: 3, maxLength: 20, pattern: '^[A-Za-z0-9 -]+$' }),
    plate: Type.String({ minLength: 1, maxLength: 12, pattern: '^[A-Za-z0-9 .-]+$' }),
  },
  { additionalProperties: false },
);
export type InvoiceLookupBody = Static<typeof InvoiceLookupBody>;

const GuestTrip = Type.Object({
  id: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
  plazaName: Type.String(),
  plazaCode: Type.String(),
  timeZone: Type.String({ description: 'Show the time in the plaza’s zone, as rated' }),
  vehicleClass: Type.Integer(),
  rate: Nullable(
    Type.Object({
      band: Type.String(),
      dayType: Type.String(),
      rate: Type.String({ description: 'tag or plate rate' }),
      rateCents: Type.Integer(),
    }),
  ),
  photoUrl: Nullable(Type.String({ description: 'Signed link to the evidence image; expires' })),
});

export const GuestInvoice = Type.Object(
  {
    invoiceNo: Type.String(),
    plate: Type.String(),
    jurisdiction: Type.String(),
    status: Type.String(),
    stage: Type.String(),
    issuedAt: Type.String({ format: 'date-time' }),
    dueAt: Type.String({ format: 'date' }),
    totalCents: Type.Integer({ description: 'The sum of the lines' }),
    amountDueCents: Type.Integer({ description: 'The total while open; zero once paid' }),
    lines: Type.Array(
      Type.Object({
        id: Type.String(),
        kind: Type.String({ description: 'trip, fee or penalty' }),
        description: Type.String(),
        amountCents: Type.Integer(),
        ruleRef: Nullable(Type.String({ description: 'The configuration rule that added a fee' })),
        trip: Nullable(GuestTrip),
      }),
    ),
    nextFee: Nullable(
      Type.Object({
        payBy: Type.String({ format: 'date' }),
        feeCents: Type.Integer(),
        stage: Type.String(),
      }),
    ),
  },
  { title: 'GuestInvoice' },
);

export const Language = Type.Union([Type.Literal('en'), Type.Literal('es')], {
  description: 'Language of the e-mails we send about this payment',
});

export const GuestPaymentBody = Type.Object(
  {
    invoiceNo: InvoiceLookupBody.properties.invoiceNo,
    plate: InvoiceLookupBody.properties.plate,
    cardToken: Type.String({ minLength: 8, maxLength: 200, description: 'From the card fields' }),
    amountCents: Type.Integer({ minimum: 1, description: 'The amount due the payer saw' }),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    language: Type.Optional(Language),
  },
  { additionalProperties: false },
);
export type GuestPaymentBody = Static<typeof GuestPaymentBody>;

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.String({
    minLength: 8,
    maxLength: 100,
    pattern: '^[A-Za-z0-9_-]+$',
    description: 'One per payment attempt; a retry with the same key never charges again',
  }),
});

export const PaymentReceipt = Type.Object(
  {
    paymentId: Type.String(),
    status: Type.Union([Type.Literal('succeeded'), Type.Literal('failed')]),
    amountCents: Type.Integer(),
    invoiceNo: Type.String(),
    paidAt: Nullable(Type.String({ format: 'date-time' })),
    reference: Nullable(Type.String({ description: 'The processor’s reference for the charge' })),
    declineReason: Nullable(Type.String()),
  },
  { title: 'PaymentReceipt' },
);

export const CardFieldsBody = Type.Object(
  {
    number: Type.String({ minLength: 12, maxLength: 23, pattern: '^[0-9 -]+$' }),
    expMonth: Type.Integer({ minimum: 1, maximum: 12 }),
    expYear: Type.Integer({ minimum: 2000, maximum: 2100 }),
    cvc: Type.String({ minLength: 3, maxLength: 4, pattern: '^[0-9]+$' }),
  },
  { additionalProperties: false },
);

export const CardToken = Type.Object(
  {
    token: Type.String(),
    brand: Type.String(),
    last4: Type.String(),
    expMonth: Type.Integer(),
    expYear: Type.Integer(),
  },
  { title: 'CardToken' },
);
