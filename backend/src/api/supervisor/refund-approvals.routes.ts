import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { principalOf } from '../../platform/auth.ts';
import { ErrorResponse, protectedErrorResponses } from '../../platform/errors.ts';
import { paymentServicesFor } from '../customer/payment-services.ts';
import { decideRefund, listPendingRefunds } from './refund-approvals.ts';

const PendingRefund = Type.Object(
  {
    id: Type.String(),
    paymentId: Type.String(),
    amountCents: Type.Integer({ description: 'To pay back to the card' }),
    reasonCode: Type.String(),
    note: Type.String({ description: "The requesting agent's note" }),
    requestedBy: Type.String(),
    requestedAt: Type.String({ format: 'date-time' }),
    account: Type.Object({
      id: Type.String(),
      accountNo: Type.String(),
      balanceCents: Type.Integer(),
    }),
  },
  { title: 'PendingRefund' },
);

const DecisionBody = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 2000, description: 'Why: required' }) },
  { additionalProperties: false, title: 'RefundDecisionRequest' },
);

const RefundDecision = Type.Object(
  {
    id: Type.String(),
    status: Type.Union([Type.Literal('succeeded'), Type.Literal('rejected')]),
    accountId: Type.String(),
    amountCents: Type.Integer(),
    balanceCents: Type.Integer({ description: "The account's balance after the decision" }),
  },
  { title: 'RefundDecision' },
);

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }) });
const roles = ['supervisor'] as const;

/** Refunds above an agent's limit: list them, approve (pays out) or reject. */
export async function refundApprovalRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/refund-approvals',
    {
      config: { roles },
      schema: {
        tags: ['supervisor'],
        operationId: 'listPendingRefunds',
        summary: 'Refunds waiting for a supervisor, oldest first, with their accounts',
        response: { 200: Type.Array(PendingRefund), ...protectedErrorResponses },
      },
    },
    async () => listPendingRefunds(app.database),
  );

  const decide = (decision: 'approve' | 'reject', operationId: string, summary: string) =>
    app.post(
      `/refund-approvals/:id/${decision}`,
      {
        config: { roles },
        schema: {
          tags: ['supervisor'],
          operationId,
          summary,
          params: IdParams,
          body: DecisionBody,
          response: {
            200: RefundDecision,
            402: ErrorResponse,
            404: ErrorResponse,
            409: ErrorResponse,
            ...protectedErrorResponses,
          },
        },
      },
      async (request) =>
        decideRefund(
          { database: app.database, gateway: paymentServicesFor(app.config).gateway },
          {
            principal: principalOf(request),
            refundId: request.params.id,
            decision,
            note: request.body.note,
            requestId: request.id,
          },
        ),
    );
  decide('approve', 'approveRefund', 'Approve: the refund is paid back to the card now');
  decide('reject', 'rejectRefund', 'Reject: nothing is paid; the amount is released');
}
