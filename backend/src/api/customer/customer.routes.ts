import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { principalOf } from '../../platform/auth.ts';
import { ErrorResponse, notFound, protectedErrorResponses } from '../../platform/errors.ts';
import { cardFieldsRoutes } from './card-fields.routes.ts';
import { guestPayRoutes } from './guest-pay.routes.ts';
import { loadMyAccount } from './my-account.ts';
import { topUpRoutes } from './top-up.routes.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

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
    tags: Type.Array(
      Type.Object({ tagNo: Type.String(), status: Type.String(), plate: Nullable(Type.String()) }),
    ),
    vehicles: Type.Array(
      Type.Object({
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
      }),
    ),
  },
  { title: 'MyAccount' },
);

export async function customerRoutes(app: BeausApp): Promise<void> {
  await app.register(guestPayRoutes);
  await app.register(cardFieldsRoutes);
  await app.register(topUpRoutes);
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
