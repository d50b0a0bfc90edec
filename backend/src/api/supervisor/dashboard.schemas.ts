import Type from 'typebox';

const Count = Type.Integer({ minimum: 0 });
const PlazaCode = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' });

export const DashboardQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ format: 'date-time', description: 'Default: to − 1 hour' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Default: now' })),
    plaza: Type.Optional({ ...PlazaCode, description: 'Drill down to one plaza (by code)' }),
  },
  { additionalProperties: false },
);

export const DashboardStreamQuery = Type.Object(
  {
    minutes: Type.Optional(
      Type.Integer({
        minimum: 5,
        maximum: 1440,
        description: 'Length of the rolling window ending now; default 60',
      }),
    ),
    plaza: Type.Optional(PlazaCode),
  },
  { additionalProperties: false },
);

const Totals = {
  trips: Count,
  revenueCents: Type.Integer({ description: 'Tolls as rated when posted' }),
  tagReads: Count,
  plateReads: Count,
  reviewReads: Count,
};

export const OperationsDashboard = Type.Object(
  {
    asOf: Type.String({ format: 'date-time' }),
    from: Type.String({ format: 'date-time' }),
    to: Type.String({ format: 'date-time' }),
    plaza: Type.Union([Type.String(), Type.Null()]),
    bucketMinutes: Type.Integer({ minimum: 1, description: 'Minutes per point of the series' }),
    totals: Type.Object(Totals),
    plazas: Type.Array(Type.Object({ plazaCode: Type.String(), ...Totals, reviewBacklog: Count }), {
      description: 'One row per plaza: the drill-down table and the chart text alternative',
    }),
    series: Type.Array(
      Type.Object({
        plazaCode: Type.String(),
        points: Type.Array(
          Type.Object({
            minute: Type.String({ format: 'date-time' }),
            trips: Count,
            revenueCents: Type.Integer(),
          }),
        ),
      }),
    ),
    reviewBacklog: Type.Integer({ minimum: 0, description: 'Trips waiting for image review' }),
    oldestReviewAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    pipelineLag: Type.Union([
      Type.Object({
        occurredMs: Type.Number({ description: 'Trip time → posted, mean of the last batch' }),
        receivedMs: Type.Number({ description: 'Gateway → posted, mean of the last batch' }),
        at: Type.String({ format: 'date-time' }),
      }),
      Type.Null(),
    ]),
    ingestRejects: Type.Integer({ minimum: 0, description: 'Dead letters recorded in the range' }),
  },
  { title: 'OperationsDashboard' },
);
