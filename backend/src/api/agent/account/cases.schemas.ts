import Type, { type Static, type TSchema } from 'typebox';
import { Note } from './account.schemas.ts';

const NoteText = Type.String({ minLength: 1, maxLength: 2000, description: 'Why: required' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const CaseKindSchema = Type.Union([
  Type.Literal('dispute'),
  Type.Literal('inquiry'),
  Type.Literal('hardship'),
]);
export const CaseOutcomeSchema = Type.Union([
  Type.Literal('upheld'),
  Type.Literal('denied'),
  Type.Literal('withdrawn'),
]);

export const CaseParams = Type.Object({
  accountId: Type.Integer({ minimum: 1 }),
  caseId: Type.Integer({ minimum: 1 }),
});

export const AgentCase = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    subject: Type.String(),
    status: Type.String({ description: 'open, in_progress, resolved or closed' }),
    outcome: Nullable(Type.String()),
    ownerName: Nullable(Type.String()),
    ownedByMe: Type.Boolean(),
    openedByName: Nullable(Type.String()),
    slaDueAt: Type.String({ format: 'date-time' }),
    overdue: Type.Boolean({ description: 'Still open after its SLA due time' }),
    tripIds: Type.Array(Type.String()),
    invoiceNo: Nullable(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
    closedAt: Nullable(Type.String({ format: 'date-time' })),
    notes: Type.Array(Note, { description: 'Newest first' }),
  },
  { title: 'AgentCase' },
);
export type AgentCase = Static<typeof AgentCase>;

export const AgentCasePage = Type.Object(
  {
    items: Type.Array(AgentCase),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    total: Type.Integer(),
    overdueCount: Type.Integer({ description: 'Open cases of the account past their SLA' }),
  },
  { title: 'AgentCasePage' },
);

export const OpenCaseBody = Type.Object(
  {
    kind: CaseKindSchema,
    subject: Type.String({ minLength: 1, maxLength: 200 }),
    tripIds: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1 }), {
        maxItems: 50,
        uniqueItems: true,
        description: 'Trips of this account the case is about',
      }),
    ),
    invoiceId: Type.Optional(
      Type.Integer({ minimum: 1, description: 'An invoice of the account' }),
    ),
    note: NoteText,
  },
  { additionalProperties: false, title: 'OpenCaseRequest' },
);
export type OpenCaseBody = Static<typeof OpenCaseBody>;

export const CaseNoteBody = Type.Object(
  { note: NoteText },
  { additionalProperties: false, title: 'CaseNoteRequest' },
);

export const CloseCaseBody = Type.Object(
  { outcome: CaseOutcomeSchema, note: NoteText },
  { additionalProperties: false, title: 'CloseCaseRequest' },
);
