import Type from 'typebox';

const Id = Type.Integer({ minimum: 1 });
const Time = Type.String({ format: 'date-time' });
const Cents = Type.Integer({ minimum: 0, maximum: 100_000_000 });

export const PlazaParams = Type.Object({ plazaId: Id });
export const ScheduleParams = Type.Object({ scheduleId: Id });

export const RateEntry = Type.Object(
  {
    vehicleClass: Type.Integer({ minimum: 1, maximum: 20 }),
    dayType: Type.Union([
      Type.Literal('weekday'),
      Type.Literal('weekend'),
      Type.Literal('holiday'),
    ]),
    startMinute: Type.Integer({
      minimum: 0,
      maximum: 1440,
      description: 'Local minute, inclusive',
    }),
    endMinute: Type.Integer({ minimum: 0, maximum: 1440, description: 'Local minute, exclusive' }),
    tagRateCents: Cents,
    plateRateCents: Cents,
  },
  { title: 'RateEntry', additionalProperties: false },
);

const versionFields = {
  id: Type.String(),
  plazaId: Type.String(),
  version: Type.Integer(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
  effectiveFrom: Time,
  publishedAt: Type.Union([Time, Type.Null()]),
  createdBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: Time,
  inForce: Type.Boolean({ description: 'The published version rating trips right now' }),
  editable: Type.Boolean({ description: 'A draft, or published for a date still to come' }),
};

export const RateScheduleSummary = Type.Object(
  { ...versionFields, entryCount: Type.Integer({ minimum: 0 }) },
  { title: 'RateScheduleSummary' },
);

export const RateScheduleList = Type.Object(
  { items: Type.Array(RateScheduleSummary) },
  { title: 'RateScheduleList' },
);

export const RateScheduleDetail = Type.Object(
  { ...versionFields, entries: Type.Array(RateEntry) },
  { title: 'RateScheduleDetail' },
);

export const DraftBody = Type.Object(
  { effectiveFrom: Type.Optional(Time) },
  { additionalProperties: false },
);

export const EntriesBody = Type.Object(
  { entries: Type.Array(RateEntry, { maxItems: 2000 }) },
  { additionalProperties: false },
);

export const PublishBody = Type.Object(
  { effectiveFrom: Type.String({ format: 'date-time', description: 'Must be in the future' }) },
  { additionalProperties: false },
);

export const CalculatorQuery = Type.Object(
  {
    plazaId: Id,
    vehicleClass: Type.Integer({ minimum: 1, maximum: 20 }),
    readKind: Type.Union([Type.Literal('tag'), Type.Literal('plate')]),
    at: Time,
    scheduleId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export const RateQuote = Type.Object(
  {
    rated: Type.Boolean(),
    amountCents: Type.Union([Type.Integer(), Type.Null()]),
    plazaCode: Type.String(),
    scheduleId: Type.Union([Type.String(), Type.Null()]),
    scheduleVersion: Type.Union([Type.Integer(), Type.Null()]),
    dayType: Type.Union([Type.String(), Type.Null()]),
    band: Type.Union([Type.String(), Type.Null()]),
    localTime: Type.Union([Type.String(), Type.Null()]),
    timeZone: Type.String(),
    explanation: Type.String({ description: 'One sentence an admin or agent can read out' }),
  },
  { title: 'RateQuote' },
);

export const WhatIfQuery = Type.Object(
  { days: Type.Integer({ minimum: 1, maximum: 90, default: 7 }) },
  { additionalProperties: false },
);

export const WhatIfResult = Type.Object(
  {
    from: Time,
    to: Time,
    plazas: Type.Array(
      Type.Object({
        plazaId: Type.String(),
        code: Type.String(),
        name: Type.String(),
        trips: Type.Integer(),
        currentCents: Type.Integer(),
        draftCents: Type.Integer(),
        differenceCents: Type.Integer(),
        unratedUnderDraft: Type.Integer(),
      }),
    ),
  },
  { title: 'RateWhatIf' },
);
