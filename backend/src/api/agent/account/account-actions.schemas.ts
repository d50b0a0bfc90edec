import Type, { type Static } from 'typebox';
import { VerificationMethodSchema } from './account.schemas.ts';

/**
 * Every agent action carries a note saying why; blank notes are refused in the handler too
 * (`requireNote`), with a message an agent can act on.
 */
const NoteText = Type.String({
  minLength: 1,
  maxLength: 2000,
  description: 'Why: required, not blank; kept on the account’s notes',
});

/** Reason codes agents may pick; the same vocabulary the demo data uses. */
export const adjustmentReasonCodes = [
  'GOODWILL',
  'DUPLICATE_CHARGE',
  'WRONG_CLASS',
  'SYSTEM_ERROR',
] as const;

export const VerificationBody = Type.Object(
  {
    method: VerificationMethodSchema,
    value: Type.String({ minLength: 1, maxLength: 100, description: 'The PIN or the answer' }),
  },
  { additionalProperties: false, title: 'CallerVerificationRequest' },
);
export type VerificationBody = Static<typeof VerificationBody>;

export const VerificationResult = Type.Object(
  {
    verified: Type.Boolean(),
    verifiedUntil: Type.String({ format: 'date-time' }),
  },
  { title: 'CallerVerificationResult' },
);

export const AdjustmentBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('credit'), Type.Literal('debit')], {
      description: 'credit adds to the balance, debit takes from it',
    }),
    amountCents: Type.Integer({ minimum: 1, maximum: 100_000_000 }),
    reasonCode: Type.Union([
      Type.Literal('GOODWILL'),
      Type.Literal('DUPLICATE_CHARGE'),
      Type.Literal('WRONG_CLASS'),
      Type.Literal('SYSTEM_ERROR'),
    ]),
    note: NoteText,
  },
  { additionalProperties: false, title: 'AdjustmentRequest' },
);
export type AdjustmentBody = Static<typeof AdjustmentBody>;

export const AdjustmentResult = Type.Object(
  {
    id: Type.String(),
    status: Type.Union([Type.Literal('applied'), Type.Literal('pending')]),
    amountCents: Type.Integer({ description: 'Signed: what the ledger gets (or will get)' }),
    awaitingApproval: Type.Boolean(),
    agentLimitCents: Type.Integer(),
    balanceCents: Type.Integer({ description: 'Balance after this request' }),
    message: Type.String(),
  },
  { title: 'AdjustmentResult' },
);

export const NoteBody = Type.Object(
  { body: NoteText },
  { additionalProperties: false, title: 'AddNoteRequest' },
);

const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

export const AddVehicleBody = Type.Object(
  {
    plate: Type.String({ minLength: 1, maxLength: 14, description: 'Any spacing or case' }),
    jurisdiction: Type.String({ pattern: '^[A-Za-z]{2}$' }),
    vehicleClass: Type.Integer({ minimum: 2, maximum: 9, default: 2 }),
    make: Type.Optional(Type.String({ maxLength: 40 })),
    model: Type.Optional(Type.String({ maxLength: 40 })),
    startDate: IsoDate,
    endDate: Type.Optional(IsoDate),
    note: NoteText,
  },
  { additionalProperties: false, title: 'AddVehicleRequest' },
);
export type AddVehicleBody = Static<typeof AddVehicleBody>;

export const VehicleParams = Type.Object({
  accountId: Type.Integer({ minimum: 1 }),
  vehicleId: Type.Integer({ minimum: 1 }),
});

export const EndVehicleBody = Type.Object(
  { endDate: IsoDate, note: NoteText },
  { additionalProperties: false, title: 'EndVehicleRequest' },
);

export const TagParams = Type.Object({
  accountId: Type.Integer({ minimum: 1 }),
  tagId: Type.Integer({ minimum: 1 }),
});

export const TagStatusBody = Type.Object(
  {
    status: Type.Union([Type.Literal('lost'), Type.Literal('stolen')]),
    note: NoteText,
  },
  { additionalProperties: false, title: 'MarkTagRequest' },
);
