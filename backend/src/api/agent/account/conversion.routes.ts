import Type from 'typebox';
import type { BeausApp } from '../../../platform/app-types.ts';
import { principalOf } from '../../../platform/auth.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import { AccountParams } from './account.schemas.ts';
import { convertToPrepaid } from './conversion-action.ts';

const ConversionBody = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 2000, description: 'Why: required' }) },
  { additionalProperties: false, title: 'ConversionRequest' },
);

const ConversionResult = Type.Object(
  {
    accountId: Type.String(),
    type: Type.Literal('prepaid'),
    tripsMoved: Type.Integer(),
    invoicesMoved: Type.Array(Type.String(), { description: 'Invoice numbers now void' }),
    movedCents: Type.Integer({ description: 'Debited to the new prepaid balance' }),
    waived: Type.Array(
      Type.Object({
        invoiceNo: Type.String(),
        description: Type.String(),
        amountCents: Type.Integer(),
      }),
      { description: 'Invoice fees the conversion rule waives' },
    ),
    waivedCents: Type.Integer(),
    balanceCents: Type.Integer(),
    message: Type.String(),
  },
  { title: 'ConversionResult' },
);

/** A toll-by-plate customer becomes prepaid; what they owe by plate moves with them. */
export async function conversionRoutes(app: BeausApp): Promise<void> {
  app.post(
    '/accounts/:accountId/conversion',
    {
      config: { roles: ['agent', 'supervisor'] },
      schema: {
        tags: ['agent'],
        operationId: 'convertToPrepaid',
        summary: 'Convert a toll-by-plate account to prepaid; its open tolls and invoices move',
        description:
          'Unbilled tolls and the tolls of open invoices become trip debits on the ledger; ' +
          'invoice fees post as fee debits except the kinds the conversion rule ' +
          '(accounts.conversionWaivedLineKinds) waives, which are listed. The invoices are ' +
          'voided. An account that is not toll-by-plate answers 409.',
        params: AccountParams,
        body: ConversionBody,
        response: {
          201: ConversionResult,
          404: ErrorResponse,
          409: ErrorResponse,
          ...protectedErrorResponses,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await convertToPrepaid(
          app.database,
          {
            principal: principalOf(request),
            accountId: request.params.accountId,
            requestId: request.id,
          },
          request.body,
        ),
      ),
  );
}
