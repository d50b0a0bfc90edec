import Type, { type Static, type TSchema } from 'typebox';
import { adjustmentReasonCodes } from './account-actions.schemas.ts';
import { Page } from './account.schemas.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const NoteText = Type.String({
  minLength: 1,
  maxLength: 2000,
  description: 'Why: required, not blank; kept on the account’s notes',
});

/** Why money goes back to a card; the agent app shows these in this order. */
export const refundReasonCodes = [
  'CUSTOMER_REQUEST',
  'DUPLICATE_PAYMENT',
  'ACCOUNT_CLOSED',
  'GOODWILL',
] as const;

export const AgentPayment = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union([Type.Literal('payment'), Type.Literal('top_up'), Type.Literal('invoice')], {
      description: 'payment: taken by an agent; top_up: by the customer or auto top-up',
    }),
    amountCents: Type.Integer(),
    status: Type.String({ description: 'pending, succeeded, failed (the charge itself)' }),
    last4: Nullable(
      Type.String({ description: 'Of the card charged, when the processor named it' }),
    ),
    brand: Nullable(Type.String({ description: 'Of the card charged, e.g. visa' })),
    createdAt: Type.String({ format: 'date-time' }),
    refundedCents: Type.Integer({ description: 'Paid back to the card so far' }),
    refundableCents: Type.Integer({
      description: 'What may still be refunded (refunds awaiting approval hold their amount)',
    }),
    awaitingApprovalCents: Type.Integer({ description: 'Refunds waiting for a supervisor' }),
  },
  { title: 'AgentPayment' },
);
export const AgentPaymentPage = Page(AgentPayment, 'AgentPaymentPage');

export const PaymentParams = Type.Object({
  accountId: Type.Integer({ minimum: 1 }),
  paymentId: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }),
});

export const RefundBody = Type.Object(
  {
    amountCents: Type.Integer({ minimum: 1, maximum: 100_000_000 }),
    reasonCode: Type.Union(refundReasonCodes.map((code) => Type.Literal(code))),
    note: NoteText,
  },
  { additionalProperties: false, title: 'AgentRefundRequest' },
);
export type RefundBody = Static<typeof RefundBody>;

export const RefundResult = Type.Object(
  {
    refundId: Type.String(),
    paymentId: Type.String(),
    status: Type.Union([Type.Literal('succeeded'), Type.Literal('awaiting_approval')]),
    amountCents: Type.Integer(),
    awaitingApproval: Type.Boolean(),
    agentLimitCents: Type.Integer(),
    balanceCents: Type.Integer({ description: 'Balance after this request' }),
    message: Type.String(),
  },
  { title: 'AgentRefundResult' },
);

export const TripParams = Type.Object({
  accountId: Type.Integer({ minimum: 1 }),
  tripId: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }),
});

export const TripReversalBody = Type.Object(
  {
    reasonCode: Type.Union(adjustmentReasonCodes.map((code) => Type.Literal(code))),
    note: NoteText,
  },
  { additionalProperties: false, title: 'TripReversalRequest' },
);
export type TripReversalBody = Static<typeof TripReversalBody>;

export const TripReversalResult = Type.Object(
  {
    tripId: Type.String(),
    status: Type.Literal('reversed'),
    creditedCents: Type.Integer({ description: 'Credited back to the balance' }),
    balanceCents: Type.Integer(),
    message: Type.String(),
  },
  { title: 'TripReversalResult' },
);

const InvoiceFee = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union([Type.Literal('fee'), Type.Literal('penalty')]),
    description: Type.String(),
    amountCents: Type.Integer(),
    ruleRef: Nullable(Type.String({ description: 'The configuration rule that added it' })),
    addedAt: Type.String({ format: 'date-time' }),
    waivedAt: Nullable(Type.String({ format: 'date-time' })),
    waivedBy: Nullable(Type.String({ description: 'Username of the agent who waived it' })),
  },
  { title: 'AgentInvoiceFee' },
);

export const AgentInvoice = Type.Object(
  {
    id: Type.String(),
    invoiceNo: Type.String(),
    plate: Type.String(),
    jurisdiction: Type.String(),
    stage: Type.String({ description: 'invoice, second_notice, violation, collections' }),
    status: Type.String({ description: 'open, paid, void' }),
    issuedAt: Type.String({ format: 'date-time' }),
    dueAt: Type.String({ format: 'date' }),
    totalCents: Type.Integer({ description: 'Sum of the lines, waived fees left out' }),
    paidCents: Type.Integer(),
    openCents: Type.Integer({ description: 'Still owed' }),
    fees: Type.Array(InvoiceFee),
  },
  { title: 'AgentInvoice' },
);
export const AgentInvoicePage = Page(AgentInvoice, 'AgentInvoicePage');

export const FeeParams = Type.Object({
  accountId: Type.Integer({ minimum: 1 }),
  invoiceId: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }),
  feeId: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }),
});

export const FeeWaiverBody = Type.Object(
  { note: NoteText },
  { additionalProperties: false, title: 'FeeWaiverRequest' },
);

export const FeeWaiverResult = Type.Object(
  {
    invoiceId: Type.String(),
    feeId: Type.String(),
    waivedCents: Type.Integer(),
    openCents: Type.Integer({ description: 'What the invoice still asks for' }),
    message: Type.String(),
  },
  { title: 'FeeWaiverResult' },
);
