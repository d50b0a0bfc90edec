import Type from 'typebox';
import { principalOf } from '../../platform/auth.ts';
import type { BeausApp } from '../../platform/app-types.ts';
import { ErrorResponse, protectedErrorResponses } from '../../platform/errors.ts';
import { decideAdjustment, listPendingApprovals, type Decision } from './approvals.ts';

const PendingApproval = Type.Object(
  {
    id: Type.String(),
    amountCents: Type.Integer({ description: 'Signed: above zero credits the account' }),
    reasonCode: Type.String(),
    note: Type.String({ description: "The requesting agent's note" }),
    requestedBy: Type.String({ description: 'Username of the requesting agent' }),
    requestedAt: Type.String({ format: 'date-time' }),
    account: Type.Object({
      id: Type.String(),
      accountNo: Type.String(),
      type: Type.String(),
      status: Type.String(),
      holderName: Type.Union([Type.String(), Type.Null()]),
      balanceCents: Type.Integer(),
    }),
  },
  { title: 'PendingApproval' },
);

const DecisionBody = Type.Object(
  {
    note: Type.String({
      minLength: 1,
      maxLength: 2000,
      description: 'Why: required, not blank; kept on the account and in the audit log',
    }),
  },
  { additionalProperties: false, title: 'ApprovalDecisionRequest' },
);

const DecisionOutcome = Type.Object(
  {
    id: Type.String(),
    status: Type.Union([Type.Literal('applied'), Type.Literal('rejected')]),
    accountId: Type.String(),
    amountCents: Type.Integer(),
    balanceCents: Type.Integer({ description: "The account's balance after the decision" }),
  },
  { title: 'ApprovalDecision' },
);

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }) });

const roles = ['supervisor'] as const;

export async function approvalRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/approvals',
    {
      config: { roles },
      schema: {
        tags: ['supervisor'],
        operationId: 'listPendingApprovals',
        summary: 'Adjustments waiting for a supervisor, oldest first, with their accounts',
        response: { 200: Type.Array(PendingApproval), ...protectedErrorResponses },
      },
    },
    async () => listPendingApprovals(app.database),
  );

  const decide = (decision: Decision, operationId: string, summary: string) =>
    app.post(
      `/approvals/:id/${decision}`,
      {
        config: { roles },
        schema: {
          tags: ['supervisor'],
          operationId,
          summary,
          params: IdParams,
          body: DecisionBody,
          response: {
            200: DecisionOutcome,
            ...protectedErrorResponses,
            404: ErrorResponse,
            409: ErrorResponse,
          },
        },
      },
      async (request) =>
        decideAdjustment(app.database, {
          principal: principalOf(request),
          adjustmentId: request.params.id,
          decision,
          note: request.body.note,
          requestId: request.id,
        }),
    );
  decide('approve', 'approveAdjustment', 'Approve: the adjustment reaches the ledger now');
  decide('reject', 'rejectAdjustment', 'Reject: the ledger is not touched');
}
