import Type, { type Static, type TSchema } from 'typebox';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const TripParams = Type.Object({
  tripId: Type.Integer({ minimum: 1, description: 'The trip in review' }),
});

export const ImageParams = Type.Object({
  tripId: Type.Integer({ minimum: 1 }),
  index: Type.Integer({ minimum: 0, maximum: 20, description: 'Position in the trip imageKeys' }),
});

const OcrReading = Type.Object(
  {
    jurisdiction: Nullable(Type.String()),
    plate: Nullable(Type.String()),
    confidence: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
  },
  { title: 'OcrReading' },
);

export const ReviewItem = Type.Object(
  {
    tripId: Type.Integer(),
    eventId: Type.String(),
    occurredAt: Type.String({ format: 'date-time' }),
    plazaCode: Type.String(),
    plazaName: Type.String(),
    timeZone: Type.String({ description: "The plaza's IANA zone, for local time" }),
    lane: Type.String(),
    direction: Type.String(),
    vehicleClass: Type.Integer(),
    tagNo: Nullable(Type.String()),
    reading: OcrReading,
    imageKeys: Type.Array(Type.String(), {
      description: 'Fetch each with getReviewImage by its position',
    }),
    claimedUntil: Type.String({ format: 'date-time' }),
  },
  { title: 'ReviewItem' },
);
export type ReviewItem = Static<typeof ReviewItem>;

export const NextReviewItem = Type.Object(
  {
    item: Nullable(ReviewItem),
    waiting: Type.Integer({ minimum: 0, description: 'Trips in review, this one included' }),
  },
  { title: 'NextReviewItem' },
);

export const ReviewDecisionBody = Type.Object(
  {
    decision: Type.Union([
      Type.Literal('confirm'),
      Type.Literal('correct'),
      Type.Literal('unreadable'),
    ]),
    jurisdiction: Type.Optional(
      Type.String({ minLength: 2, maxLength: 3, description: 'Required to correct' }),
    ),
    plate: Type.Optional(
      Type.String({ minLength: 1, maxLength: 12, description: 'Required to correct' }),
    ),
    reason: Type.Optional(
      Type.String({ maxLength: 200, description: 'Why unreadable (optional)' }),
    ),
  },
  { additionalProperties: false, title: 'ReviewDecisionBody' },
);
export type ReviewDecisionBody = Static<typeof ReviewDecisionBody>;

export const ReviewDecisionResult = Type.Object(
  {
    tripId: Type.Integer(),
    decision: Type.String(),
    status: Type.Union([
      Type.Literal('posted'),
      Type.Literal('unbilled'),
      Type.Literal('dead_letter'),
    ]),
    jurisdiction: Nullable(Type.String()),
    plate: Nullable(Type.String()),
    accountId: Nullable(
      Type.Integer({ description: 'The matched account; null for toll-by-plate' }),
    ),
    amountCents: Type.Integer({ description: 'What the trip was rated at; 0 when unreadable' }),
    decidedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'ReviewDecisionResult' },
);
export type ReviewDecisionResult = Static<typeof ReviewDecisionResult>;
