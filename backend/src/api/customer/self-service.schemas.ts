import Type, { type Static } from 'typebox';

/** Schemas shared by the signed-in customer's self-service routes and sign-up. */

export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

export const NewVehicle = Type.Object(
  {
    plate: Type.String({ minLength: 1, maxLength: 14, description: 'Any spacing or case' }),
    jurisdiction: Type.String({ pattern: '^[A-Za-z]{2}$', description: 'State, e.g. NC' }),
    vehicleClass: Type.Integer({ minimum: 2, maximum: 9, description: 'Axles; 2 is a car' }),
    make: Type.Optional(Type.String({ maxLength: 40 })),
    model: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type NewVehicle = Static<typeof NewVehicle>;

/** What the processor's hosted fields hand back; the card number never comes here. */
export const CardOnFileBody = Type.Object(
  {
    token: Type.String({ minLength: 8, maxLength: 200 }),
    brand: Type.String({ minLength: 1, maxLength: 20 }),
    last4: Type.String({ pattern: '^[0-9]{4}$' }),
    expMonth: Type.Integer({ minimum: 1, maximum: 12 }),
    expYear: Type.Integer({ minimum: 2000, maximum: 2100 }),
  },
  { additionalProperties: false, title: 'CardOnFile' },
);
export type CardOnFileBody = Static<typeof CardOnFileBody>;

export const MyVehicle = Type.Object(
  {
    id: Type.String(),
    plate: Type.String(),
    jurisdiction: Type.String(),
    vehicleClass: Type.Integer(),
    make: Type.Union([Type.String(), Type.Null()]),
    model: Type.Union([Type.String(), Type.Null()]),
    startDate: IsoDate,
    endDate: Type.Union([IsoDate, Type.Null()]),
  },
  { title: 'MyVehicle' },
);
