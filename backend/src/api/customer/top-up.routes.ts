import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { principalOf } from '../../platform/auth.ts';
import { ErrorResponse, notFound, protectedErrorResponses } from '../../platform/errors.ts';
import { AutoTopUp } from './auto-top-up.schemas.ts';
import { IdempotencyHeaders } from './guest-pay.schemas.ts';
import { paymentServicesFor } from './payment-services.ts';
import { setAutoTopUp, topUpByCard } from './top-up.ts';

const TopUpBody = Type.Object(
  {
    amountCents: Type.Integer({ minimum: 500, maximum: 50_000, description: '$5.00 to $500.00' }),
    cardToken: Type.Optional(
      Type.String({ minLength: 8, maxLength: 200, description: 'Absent: the card on file' }),
    ),
  },
  { additionalProperties: false },
);

const TopUpReceipt = Type.Object(
  {
    paymentId: Type.String(),
    status: Type.Union([Type.Literal('succeeded'), Type.Literal('failed')]),
    amountCents: Type.Integer(),
    paidAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    declineReason: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'TopUpReceipt' },
);

/** A signed-in customer's own balance: top up by card, auto top-up on or off. */
export async function topUpRoutes(app: BeausApp): Promise<void> {
  const ownAccount = (accountId: number | undefined) => {
    if (accountId === undefined) throw notFound('No account is linked to this sign-in.');
    return accountId;
  };

  app.post(
    '/top-ups',
    {
      config: { roles: ['customer'], rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['customer'],
        operationId: 'topUpMyAccount',
        summary: 'Add money to my balance by card; a repeated Idempotency-Key never charges twice',
        headers: IdempotencyHeaders,
        body: TopUpBody,
        response: {
          200: TopUpReceipt,
          404: ErrorResponse,
          409: ErrorResponse,
          429: ErrorResponse,
          ...protectedErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const accountId = ownAccount(principalOf(request).accountId);
      const result = await topUpByCard(
        { database: app.database, gateway: paymentServicesFor(app.config).gateway },
        {
          accountId,
          idempotencyKey: `account-${accountId}-${request.headers['idempotency-key']}`,
          amountCents: request.body.amountCents,
          ...(request.body.cardToken ? { cardToken: request.body.cardToken } : {}),
        },
      );
      void reply.header('cache-control', 'no-store');
      return {
        paymentId: result.paymentId,
        status: result.status,
        amountCents: result.amountCents,
        paidAt: result.status === 'succeeded' ? result.at.toISOString() : null,
        declineReason: result.status === 'failed' ? result.reason : null,
      };
    },
  );

  app.put(
    '/auto-top-up',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'setMyAutoTopUp',
        summary: 'Turn auto top-up on (threshold and amount) or off (null) for my account',
        body: Type.Object({ autoTopUp: AutoTopUp }, { additionalProperties: false }),
        response: {
          200: Type.Object({ autoTopUp: AutoTopUp }),
          404: ErrorResponse,
          ...protectedErrorResponses,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const accountId = ownAccount(principal.accountId);
      const autoTopUp = await setAutoTopUp(
        app.database,
        principal,
        accountId,
        request.body.autoTopUp,
        request.id,
      );
      return { autoTopUp };
    },
  );
}
