import type { BeausApp } from '../../../platform/app-types.ts';
import { principalOf } from '../../../platform/auth.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import { VerificationBody, VerificationResult } from './account-actions.schemas.ts';
import { AccountParams, AccountView } from './account.schemas.ts';
import { accountTabRoutes } from './account-tabs.routes.ts';
import { tripImageRoutes } from './trip-images.routes.ts';
import { loadAccountView } from './account-view.ts';
import { verifyCaller } from './caller-verification.ts';
import { accountActionRoutes } from './account-actions.routes.ts';
import { cardPaymentRoutes } from './card-payment.routes.ts';
import { accountMoneyRoutes } from './money.routes.ts';
import { tagActionRoutes } from './tag-actions.routes.ts';
import { agentAutoTopUpRoutes } from './auto-top-up.routes.ts';
import { conversionRoutes } from './conversion.routes.ts';
import { caseRoutes } from './cases.routes.ts';

const staff = { roles: ['agent', 'supervisor'] } as const;
const withNotFound = { 404: ErrorResponse, ...protectedErrorResponses };

/**
 * The agent's account view: the header, caller verification, one read per tab, and (in
 * account-actions.routes.ts) the audited actions. Mounted under /api/agent.
 */
export async function agentAccountRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/accounts/:accountId',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'getAgentAccount',
        summary: 'Account header: balance, tag statuses, alerts; contacts masked until verified',
        params: AccountParams,
        response: { 200: AccountView, ...withNotFound },
      },
    },
    async (request) =>
      loadAccountView(app, {
        principal: principalOf(request),
        accountId: request.params.accountId,
        requestId: request.id,
      }),
  );

  app.post(
    '/accounts/:accountId/verification',
    {
      config: {
        ...staff,
        // Backs up the per-account attempt count: one agent cannot sweep many accounts' PINs.
        rateLimit: { max: 30, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['agent'],
        operationId: 'verifyCaller',
        summary: 'Verify the caller by PIN or security answer; unmasks personal data for a while',
        params: AccountParams,
        body: VerificationBody,
        response: {
          200: VerificationResult,
          422: ErrorResponse,
          429: ErrorResponse,
          ...withNotFound,
        },
      },
    },
    async (request) => {
      const until = await verifyCaller(
        app,
        principalOf(request),
        request.params.accountId,
        request.body,
        request.id,
      );
      return { verified: true, verifiedUntil: until.toISOString() };
    },
  );

  await app.register(accountTabRoutes);
  await app.register(tripImageRoutes);
  await app.register(accountActionRoutes);
  await app.register(cardPaymentRoutes);
  await app.register(accountMoneyRoutes);
  await app.register(tagActionRoutes);
  await app.register(agentAutoTopUpRoutes);
  await app.register(conversionRoutes);
  await app.register(caseRoutes);
}
