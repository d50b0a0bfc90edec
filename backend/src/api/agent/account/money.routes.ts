import type { FastifyRequest } from 'fastify';
import type { BeausApp } from '../../../platform/app-types.ts';
import { principalOf } from '../../../platform/auth.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import { IdempotencyHeaders } from '../../customer/guest-pay.schemas.ts';
import { paymentServicesFor } from '../../customer/payment-services.ts';
import { AccountParams, PageQuery } from './account.schemas.ts';
import { waiveFee } from './fee-waiver-action.ts';
import { listInvoices, listPayments } from './money-tabs.ts';
import {
  AgentInvoicePage,
  AgentPaymentPage,
  FeeParams,
  FeeWaiverBody,
  FeeWaiverResult,
  PaymentParams,
  RefundBody,
  RefundResult,
  TripParams,
  TripReversalBody,
  TripReversalResult,
} from './money.schemas.ts';
import { requestRefund } from './refund-action.ts';
import { reverseTrip } from './trip-reversal-action.ts';

const staff = { roles: ['agent', 'supervisor'] } as const;
const errors = { 404: ErrorResponse, ...protectedErrorResponses };

const contextOf = (request: FastifyRequest & { params: { accountId: number } }) => ({
  principal: principalOf(request),
  accountId: request.params.accountId,
  requestId: request.id,
});

/**
 * Money on the account beyond adjustments: the payments and invoices tabs, refunds of card
 * payments, trip reversals and fee waivers. Each write requires a note and is audited with it.
 */
export async function accountMoneyRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/accounts/:accountId/payments',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'listAgentAccountPayments',
        summary: 'Card payments and top-ups newest first, with refunded and refundable amounts',
        params: AccountParams,
        querystring: PageQuery,
        response: { 200: AgentPaymentPage, ...errors },
      },
    },
    async (request) => listPayments(app.database, request.params.accountId, request.query),
  );

  app.post(
    '/accounts/:accountId/payments/:paymentId/refunds',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'refundAgentCardPayment',
        summary: 'Refund (part of) a card payment with a reason and note; above the limit it waits',
        description:
          'Within the agent limit the refund is paid back to the card and debited from the ' +
          'balance (201); above it, it waits for a supervisor (202). The same Idempotency-Key ' +
          'and body return the first refund; the same key with another body is refused (409).',
        headers: IdempotencyHeaders,
        params: PaymentParams,
        body: RefundBody,
        response: {
          201: RefundResult,
          202: RefundResult,
          402: ErrorResponse,
          409: ErrorResponse,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const outcome = await requestRefund(
        { database: app.database, gateway: paymentServicesFor(app.config).gateway },
        contextOf(request),
        request.params.paymentId,
        { ...request.body, idempotencyKey: request.headers['idempotency-key'] },
      );
      return reply
        .code(outcome.awaitingApproval ? 202 : 201)
        .header('cache-control', 'no-store')
        .send(outcome);
    },
  );

  app.post(
    '/accounts/:accountId/trips/:tripId/reversal',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'reverseAgentAccountTrip',
        summary: 'Reverse a posted trip: its toll is credited back; a second reversal is refused',
        params: TripParams,
        body: TripReversalBody,
        response: { 201: TripReversalResult, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await reverseTrip(app.database, contextOf(request), request.params.tripId, request.body),
        ),
  );

  app.get(
    '/accounts/:accountId/invoices',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'listAgentAccountInvoices',
        summary: 'Invoices newest first: stage, dates, total, paid, open, fees with their rule',
        params: AccountParams,
        querystring: PageQuery,
        response: { 200: AgentInvoicePage, ...errors },
      },
    },
    async (request) => listInvoices(app.database, request.params.accountId, request.query),
  );

  app.post(
    '/accounts/:accountId/invoices/:invoiceId/fees/:feeId/waiver',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'waiveAgentInvoiceFee',
        summary: 'Waive a fee or penalty on an open invoice; it no longer counts as owed',
        params: FeeParams,
        body: FeeWaiverBody,
        response: { 201: FeeWaiverResult, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { invoiceId, feeId } = request.params;
      const outcome = await waiveFee(
        app.database,
        contextOf(request),
        { invoiceId, feeId },
        request.body,
      );
      return reply.code(201).send(outcome);
    },
  );
}
