import Type, { type Static, type TSchema } from 'typebox';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const AccountParams = Type.Object({
  accountId: Type.Integer({ minimum: 1, description: 'The account id (not the account number)' }),
});

export const PageQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
  },
  { additionalProperties: false },
);
export type PageQuery = Static<typeof PageQuery>;

/** A page of a list that grows with the account's life (trips, ledger, notes, history). */
export const Page = <T extends TSchema>(item: T, title: string) =>
  Type.Object(
    {
      items: Type.Array(item),
      page: Type.Integer(),
      pageSize: Type.Integer(),
      total: Type.Integer(),
    },
    { title },
  );

const AccountAlert = Type.Object(
  {
    code: Type.Union([
      Type.Literal('low_balance'),
      Type.Literal('negative_balance'),
      Type.Literal('expired_card'),
      Type.Literal('pending_adjustments'),
      Type.Literal('overdue_cases'),
    ]),
    message: Type.String({ description: 'English text; apps translate by code' }),
    count: Type.Optional(Type.Integer({ description: 'How many items raise the alert' })),
  },
  { title: 'AccountAlert' },
);

const Contact = Type.Object(
  {
    id: Type.String(),
    isPrimary: Type.Boolean(),
    name: Type.String(),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    address: Nullable(Type.String()),
  },
  { title: 'AccountContact' },
);

export const verificationMethods = ['pin', 'security_answer'] as const;
export type VerificationMethod = (typeof verificationMethods)[number];
export const VerificationMethodSchema = Type.Union([
  Type.Literal('pin'),
  Type.Literal('security_answer'),
]);

export const AccountView = Type.Object(
  {
    id: Type.String(),
    accountNo: Type.String(),
    type: Type.String(),
    status: Type.String(),
    companyName: Nullable(Type.String()),
    balanceCents: Type.Integer({ description: 'Sum of the ledger entries' }),
    lowBalanceThresholdCents: Type.Integer(),
    agentAdjustmentLimitCents: Type.Integer({
      description: 'Adjustments above this wait for a supervisor',
    }),
    autoTopUp: Nullable(
      Type.Object({ thresholdCents: Type.Integer(), amountCents: Type.Integer() }),
    ),
    tagStatuses: Type.Array(Type.Object({ status: Type.String(), count: Type.Integer() }), {
      description: 'How many of the account’s tags are in each status',
    }),
    alerts: Type.Array(AccountAlert),
    verification: Type.Object({
      verified: Type.Boolean(),
      verifiedUntil: Nullable(Type.String({ format: 'date-time' })),
      methods: Type.Array(VerificationMethodSchema, { description: 'What the caller can give' }),
      securityQuestion: Nullable(Type.String()),
    }),
    personalDataMasked: Type.Boolean({ description: 'True until the caller is verified' }),
    contacts: Type.Array(Contact),
  },
  { title: 'AgentAccountView' },
);

export const Vehicle = Type.Object(
  {
    id: Type.String(),
    plate: Type.String(),
    jurisdiction: Type.String(),
    vehicleClass: Type.Integer(),
    make: Nullable(Type.String()),
    model: Nullable(Type.String()),
    startDate: Type.String({ format: 'date' }),
    endDate: Nullable(Type.String({ format: 'date' })),
  },
  { title: 'AgentVehicle' },
);
export const VehicleQuery = Type.Object(
  {
    ...PageQuery.properties,
    includeEnded: Type.Boolean({ default: false, description: 'Also list ended vehicles' }),
  },
  { additionalProperties: false },
);
export const VehiclePage = Page(Vehicle, 'AgentVehiclePage');

export const Tag = Type.Object(
  {
    id: Type.String(),
    tagNo: Type.String(),
    status: Type.String(),
    vehicleId: Nullable(Type.String()),
    plate: Nullable(Type.String()),
    issuedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'AgentTag' },
);
export const TagPage = Page(Tag, 'AgentTagPage');

const RateExplanation = Type.Object(
  {
    scheduleVersion: Type.Integer(),
    dayType: Type.String(),
    band: Type.String(),
    vehicleClass: Type.Integer(),
    rate: Type.String({ description: 'tag or plate rate' }),
    rateCents: Type.Integer(),
  },
  { title: 'RateExplanation' },
);

export const Trip = Type.Object(
  {
    id: Type.String(),
    occurredAt: Type.String({ format: 'date-time' }),
    plazaCode: Type.String(),
    plazaName: Type.String(),
    timeZone: Type.String({ description: 'Show times in the plaza’s zone, as rated' }),
    laneCode: Type.String(),
    direction: Type.String(),
    vehicleClass: Type.Integer(),
    readType: Type.String(),
    tagNo: Nullable(Type.String()),
    plate: Nullable(Type.String()),
    jurisdiction: Nullable(Type.String()),
    amountCents: Nullable(Type.Integer({ description: 'Null while the image is in review' })),
    status: Type.String(),
    rateExplanation: Nullable(RateExplanation),
    imageKeys: Type.Array(Type.String(), { description: 'Evidence images in the object store' }),
  },
  { title: 'AgentTrip' },
);
export const TripPage = Page(Trip, 'AgentTripPage');

export const LedgerLine = Type.Object(
  {
    id: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    kind: Type.String(),
    amountCents: Type.Integer(),
    runningBalanceCents: Type.Integer({ description: 'Balance after this entry' }),
    description: Nullable(Type.String()),
    sourceRef: Type.String(),
  },
  { title: 'AgentLedgerLine' },
);
export const LedgerPage = Page(LedgerLine, 'AgentLedgerPage');

export const Note = Type.Object(
  {
    id: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    authorName: Type.String(),
    body: Type.String(),
  },
  { title: 'AgentNote' },
);
export const NotePage = Page(Note, 'AgentNotePage');

export const AuditEntry = Type.Object(
  {
    id: Type.String(),
    at: Type.String({ format: 'date-time' }),
    actorUsername: Type.String(),
    action: Type.String(),
    entityType: Type.String(),
    entityId: Type.String(),
    before: Type.Unknown(),
    after: Type.Unknown(),
  },
  { title: 'AgentAuditEntry' },
);
export const AuditPage = Page(AuditEntry, 'AgentAuditPage');
