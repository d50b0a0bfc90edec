import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { principalOf } from '../../platform/auth.ts';
import { ErrorResponse, notFound, protectedErrorResponses } from '../../platform/errors.ts';
import { cardFieldsRoutes } from './card-fields.routes.ts';
import { guestPayRoutes } from './guest-pay.routes.ts';
import { guestTollsRoutes } from './guest-tolls.routes.ts';
import { invoiceConversionRoutes } from './invoice-conversion.routes.ts';
import { loadMyAccount } from './my-account.ts';
import { myCardRoutes } from './my-cards.routes.ts';
import { myCaseRoutes } from './my-cases.routes.ts';
import { myTagRoutes } from './my-tags.routes.ts';
import { myProfileRoutes } from './my-profile.routes.ts';
import { myTripPhotoRoutes } from './my-trip-photo.routes.ts';
import { myVehicleRoutes } from './my-vehicles.routes.ts';
import { signUpRoutes } from './sign-up.routes.ts';
import { preferencesRoutes } from './preferences.routes.ts';
import { statementsRoutes } from './statements/statements.routes.ts';
import { topUpRoutes } from './top-up.routes.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const CardSummary = Type.Object({
  brand: Type.String(),
  last4: Type.String(),
  expMonth: Type.Integer(),
  expYear: Type.Integer(),
});

const CardAlert = Type.Object({
  kind: Type.Union([Type.Literal('card_expiring'), Type.Literal('card_expired')]),
  role: Type.Union([Type.Literal('primary'), Type.Literal('backup')]),
  last4: Type.String(),
  expMonth: Type.Integer(),
  expYear: Type.Integer(),
  validThrough: Type.String({ format: 'date' }),
  daysLeft: Type.Integer({ description: 'Negative once expired' }),
});

const MyAccount = Type.Object(
  {
    id: Type.String(),
    accountNo: Type.String(),
    type: Type.String(),
    status: Type.String(),
    holderName: Nullable(Type.String()),
    balanceCents: Type.Integer({ description: 'Sum of the ledger; negative when owed' }),
    autoTopUp: Nullable(
      Type.Object({ thresholdCents: Type.Integer(), amountCents: Type.Integer() }),
    ),
    cardOnFile: Nullable(
      Type.Object({
        brand: Type.String(),
        last4: Type.String(),
        expMonth: Type.Integer(),
        expYear: Type.Integer(),
      }),
    ),
    backupCard: Nullable(CardSummary),
    cardAlerts: Type.Array(CardAlert, {
      description: 'Cards expiring within cards.expiryWarningDays days, or expired',
    }),
    tags: Type.Array(
      Type.Object({
        id: Type.String(),
        tagNo: Type.String(),
        status: Type.String(),
        plate: Nullable(Type.String()),
        vehicleId: Nullable(Type.String()),
      }),
    ),
    tagRequests: Type.Array(
      Type.Object({
        id: Type.String(),
        vehicleId: Type.String(),
        plate: Type.String(),
        requestedAt: Type.String({ format: 'date-time' }),
      }),
      { description: 'Tags asked for and not yet sent' },
    ),
    vehicles: Type.Array(
      Type.Object({
        id: Type.String(),
        startDate: Type.String({ format: 'date' }),
        endDate: Nullable(Type.String({ format: 'date', description: 'A rental’s return day' })),
        plate: Type.String(),
        jurisdiction: Type.String(),
        vehicleClass: Type.Integer(),
        make: Nullable(Type.String()),
        model: Nullable(Type.String()),
      }),
    ),
    recentTrips: Type.Array(
      Type.Object({
        id: Type.String(),
        occurredAt: Type.String({ format: 'date-time' }),
        plazaName: Type.String(),
        plazaCode: Type.String(),
        timeZone: Type.String({ description: 'Show the time in the plaza’s zone, as rated' }),
        plate: Nullable(Type.String()),
        readType: Type.String(),
        amountCents: Nullable(Type.Integer({ description: 'Null while the image is in review' })),
        status: Type.String(),
        rate: Nullable(
          Type.Object(
            {
              scheduleVersion: Type.Integer(),
              dayType: Type.String({ description: 'weekday, weekend or holiday' }),
              band: Type.String({ description: 'The time-of-day band charged, e.g. 06:00–09:00' }),
              vehicleClass: Type.Integer(),
              rate: Type.String({ description: 'tag or plate rate' }),
              rateCents: Type.Integer(),
            },
            { description: 'How the toll was computed; null until rated' },
          ),
        ),
        hasPhoto: Type.Boolean({ description: 'Whether the trip has an evidence photo' }),
      }),
    ),
  },
  { title: 'MyAccount' },
);

export async function customerRoutes(app: BeausApp): Promise<void> {
  await app.register(guestPayRoutes);
  await app.register(guestTollsRoutes);
  await app.register(invoiceConversionRoutes);
  await app.register(cardFieldsRoutes);
  await app.register(topUpRoutes);
  await app.register(statementsRoutes);
  await app.register(preferencesRoutes);
  await app.register(signUpRoutes);
  await app.register(myVehicleRoutes);
  await app.register(myTagRoutes);
  await app.register(myCaseRoutes);
  await app.register(myCardRoutes);
  await app.register(myTripPhotoRoutes);
  await app.register(myProfileRoutes);
  app.get(
    '/account',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'getMyAccount',
        summary: "The signed-in customer's own account: balance, tags, vehicles, recent trips",
        response: { 200: MyAccount, 404: ErrorResponse, ...protectedErrorResponses },
      },
    },
    async (request) => {
      const { accountId } = principalOf(request);
      const account = accountId === undefined ? null : await loadMyAccount(app.database, accountId);
      if (!account) throw notFound('No account is linked to this sign-in.');
      return account;
    },
  );
}
