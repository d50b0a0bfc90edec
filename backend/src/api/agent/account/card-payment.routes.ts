import Type from 'typebox';
import type { BeausApp } from '../../../platform/app-types.ts';
import { principalOf } from '../../../platform/auth.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import { IdempotencyHeaders } from '../../customer/guest-pay.schemas.ts';
import { paymentServicesFor } from '../../customer/payment-services.ts';
import { AccountParams } from './account.schemas.ts';
import { takeCardPayment } from './card-payment-action.ts';

const AgentCardPaymentBody = Type.Object(
  {
    amountCents: Type.Integer({
      minimum: 100,
      maximum: 500_000,
      description: '$1.00 to $5,000.00',
    }),
    cardToken: Type.Optional(
      Type.String({
        minLength: 8,
        maxLength: 200,
        description: "From the processor's card fields; the card number never comes here",
      }),
    ),
    useCardOnFile: Type.Optional(
      Type.Boolean({ description: "Charge the account's default card" }),
    ),
    note: Type.String({ minLength: 1, maxLength: 2000, description: 'Why: required, not blank' }),
  },
  { additionalProperties: false, title: 'AgentCardPaymentRequest' },
);

const AgentCardPaymentReceipt = Type.Object(
  {
    paymentId: Type.String(),
    status: Type.Literal('succeeded'),
    amountCents: Type.Integer(),
    paidAt: Type.String({ format: 'date-time' }),
    message: Type.String(),
  },
  { title: 'AgentCardPaymentReceipt' },
);

/** The agent takes a card payment for the account; a repeated Idempotency-Key charges once. */
export async function cardPaymentRoutes(app: BeausApp): Promise<void> {
  app.post(
    '/accounts/:accountId/payments',
    {
      config: { roles: ['agent', 'supervisor'] },
      schema: {
        tags: ['agent'],
        operationId: 'takeAgentCardPayment',
        summary: 'Take a card payment with a note; a repeated Idempotency-Key never charges twice',
        description:
          'The same key and body return the first payment; the same key with another body is ' +
          'refused (409); a declined card answers 402 and changes nothing on the ledger.',
        headers: IdempotencyHeaders,
        params: AccountParams,
        body: AgentCardPaymentBody,
        response: {
          201: AgentCardPaymentReceipt,
          402: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
          ...protectedErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const receipt = await takeCardPayment(
        { database: app.database, gateway: paymentServicesFor(app.config).gateway },
        {
          principal: principalOf(request),
          accountId: request.params.accountId,
          requestId: request.id,
        },
        { ...request.body, idempotencyKey: request.headers['idempotency-key'] },
      );
      return reply.code(201).header('cache-control', 'no-store').send(receipt);
    },
  );
}
