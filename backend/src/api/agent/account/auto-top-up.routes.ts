import Type from 'typebox';
import type { BeausApp } from '../../../platform/app-types.ts';
import { principalOf } from '../../../platform/auth.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import { AutoTopUp } from '../../customer/auto-top-up.schemas.ts';
import { AccountParams } from './account.schemas.ts';
import { changeAutoTopUp } from './auto-top-up-action.ts';

const AgentAutoTopUpBody = Type.Object(
  {
    autoTopUp: AutoTopUp,
    note: Type.String({ minLength: 1, maxLength: 2000, description: 'Why: required' }),
  },
  { additionalProperties: false, title: 'AgentAutoTopUpRequest' },
);

const AgentAutoTopUpResult = Type.Object(
  { autoTopUp: AutoTopUp, message: Type.String() },
  { title: 'AgentAutoTopUpResult' },
);

/** Auto top-up settings changed by an agent for the caller; with a note, audited. */
export async function agentAutoTopUpRoutes(app: BeausApp): Promise<void> {
  app.put(
    '/accounts/:accountId/auto-top-up',
    {
      config: { roles: ['agent', 'supervisor'] },
      schema: {
        tags: ['agent'],
        operationId: 'setAccountAutoTopUp',
        summary: 'Turn auto top-up on (threshold and amount) or off (null), with a note',
        description:
          'The same bounds as the customer’s own setting. Turning it on needs a card on file ' +
          '(409 otherwise); a toll-by-plate account has no balance to top up (409).',
        params: AccountParams,
        body: AgentAutoTopUpBody,
        response: {
          200: AgentAutoTopUpResult,
          404: ErrorResponse,
          409: ErrorResponse,
          ...protectedErrorResponses,
        },
      },
    },
    async (request) =>
      changeAutoTopUp(
        app.database,
        {
          principal: principalOf(request),
          accountId: request.params.accountId,
          requestId: request.id,
        },
        request.body,
      ),
  );
}
