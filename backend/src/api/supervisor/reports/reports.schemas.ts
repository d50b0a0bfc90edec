import Type from 'typebox';

const Day = Type.String({ format: 'date' });
const Count = Type.Integer({ minimum: 0 });

export const ReportQuery = Type.Object(
  {
    from: Type.Optional({ ...Day, description: 'First local day; default 6 days before `to`' }),
    to: Type.Optional({ ...Day, description: 'Last local day (inclusive); default today (UTC)' }),
    plaza: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' })),
  },
  { additionalProperties: false },
);

export const AgingQuery = Type.Object(
  { asOf: Type.Optional({ ...Day, description: 'Age invoices as of this day; default today' }) },
  { additionalProperties: false },
);

export const RevenueReport = Type.Object(
  {
    from: Day,
    to: Day,
    rows: Type.Array(
      Type.Object({
        day: Day,
        plazaCode: Type.String(),
        plazaName: Type.String(),
        trips: Count,
        revenueCents: Type.Integer(),
        tagReads: Count,
        plateReads: Count,
        reviewReads: Count,
      }),
    ),
  },
  { title: 'RevenueReport' },
);

export const ReconciliationReport = Type.Object(
  {
    from: Day,
    to: Day,
    rows: Type.Array(
      Type.Object({
        day: Day,
        plazaCode: Type.String(),
        received: Count,
        posted: Count,
        inReview: Count,
        deadLetters: Count,
        duplicates: Count,
        difference: Type.Integer({ description: 'Unexplained reads; anything but 0 is flagged' }),
        postedCents: Type.Integer(),
      }),
    ),
  },
  { title: 'ReconciliationReport' },
);

export const AgingReport = Type.Object(
  {
    asOf: Day,
    rows: Type.Array(
      Type.Object({
        bucket: Type.Union([
          Type.Literal('0-30'),
          Type.Literal('31-60'),
          Type.Literal('61-90'),
          Type.Literal('90+'),
        ]),
        stage: Type.String(),
        invoices: Count,
        amountCents: Type.Integer(),
      }),
    ),
  },
  { title: 'AgingReport' },
);

export const CsvBody = Type.String({ description: 'text/csv, streamed' });

export const SlaBreachReport = Type.Object(
  {
    from: Day,
    to: Day,
    rows: Type.Array(
      Type.Object({
        caseId: Type.String(),
        kind: Type.String(),
        status: Type.String(),
        owner: Type.Union([Type.String(), Type.Null()]),
        openedAt: Type.String({ format: 'date-time' }),
        slaDueAt: Type.String({ format: 'date-time' }),
        closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
        daysLate: Count,
      }),
    ),
  },
  { title: 'SlaBreachReport' },
);

export const AgentProductivityReport = Type.Object(
  {
    from: Day,
    to: Day,
    rows: Type.Array(
      Type.Object({
        username: Type.String(),
        actions: Count,
        notes: Count,
        adjustments: Count,
        reviews: Count,
        corrections: Count,
        casesClosed: Count,
      }),
    ),
  },
  { title: 'AgentProductivityReport' },
);

export const TrafficReport = Type.Object(
  {
    from: Day,
    to: Day,
    plaza: Type.Union([Type.String(), Type.Null()]),
    rows: Type.Array(
      Type.Object({
        hour: Type.Integer({ minimum: 0, maximum: 23, description: 'Local hour of the day' }),
        vehicleClass: Type.Integer({ minimum: 0, description: 'Measured class (axles)' }),
        trips: Count,
        revenueCents: Type.Integer(),
        tagReads: Count,
        plateReads: Count,
        reviewReads: Count,
      }),
      { description: 'Hours and classes without traffic are left out' },
    ),
  },
  { title: 'TrafficReport' },
);
