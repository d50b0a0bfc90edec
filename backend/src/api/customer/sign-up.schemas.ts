import Type, { type Static } from 'typebox';
import { passwordMaxLength } from '../../domain/index.ts';
import { CardOnFileBody, NewVehicle } from './self-service.schemas.ts';

export const SignUpBody = Type.Object(
  {
    contact: Type.Object(
      {
        firstName: Type.String({ minLength: 1, maxLength: 60 }),
        lastName: Type.String({ minLength: 1, maxLength: 60 }),
        email: Type.String({ format: 'email', maxLength: 200, description: 'Also the sign-in' }),
        phone: Type.String({ pattern: '^\\+?[0-9 ().-]{7,20}$' }),
      },
      { additionalProperties: false },
    ),
    password: Type.String({
      minLength: 1,
      maxLength: passwordMaxLength,
      description: 'At least 12 characters, a letter and a digit or symbol',
    }),
    vehicles: Type.Array(NewVehicle, { minItems: 1, maxItems: 5 }),
    card: CardOnFileBody,
    initialTopUpCents: Type.Integer({
      minimum: 500,
      maximum: 50_000,
      description: 'Opening balance; at least the configured auto top-up amount',
    }),
    autoTopUp: Type.Object(
      {
        thresholdCents: Type.Integer({ minimum: 0, maximum: 100_000 }),
        amountCents: Type.Integer({ minimum: 500, maximum: 50_000 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, title: 'SignUpRequest' },
);
export type SignUpBody = Static<typeof SignUpBody>;

export const SignUpResult = Type.Object(
  {
    accountNo: Type.String(),
    username: Type.String({ description: 'Sign in with this and the chosen password' }),
    initialTopUp: Type.Object({
      status: Type.Union([Type.Literal('succeeded'), Type.Literal('failed')]),
      amountCents: Type.Integer(),
      declineReason: Type.Union([Type.String(), Type.Null()]),
    }),
  },
  { title: 'SignUpResult' },
);
export type SignUpResult = Static<typeof SignUpResult>;
