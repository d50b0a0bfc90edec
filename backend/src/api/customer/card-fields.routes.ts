import type { BeausApp } from '../../platform/app-types.ts';
import { CardRejectedError } from '../../adapters/payments/payment-gateway.ts';
import { BeausError, ErrorResponse, publicErrorResponses } from '../../platform/errors.ts';
import { CardFieldsBody, CardToken } from './guest-pay.schemas.ts';
import { paymentServicesFor } from './payment-services.ts';

/**
 * The sandbox processor's card-tokenizing endpoint: the stand-in for the hosted fields a real
 * processor serves from its own origin. It hands the card to the gateway adapter and returns only
 * the token; the number is neither stored nor logged (request bodies are never logged).
 */
export async function cardFieldsRoutes(app: BeausApp): Promise<void> {
  app.post(
    '/sandbox-gateway/card-tokens',
    {
      config: { roles: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['customer'],
        operationId: 'tokenizeSandboxCard',
        summary: 'Sandbox only: turn test card details into a gateway token',
        body: CardFieldsBody,
        response: {
          200: CardToken,
          422: ErrorResponse,
          429: ErrorResponse,
          ...publicErrorResponses,
        },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      try {
        return await paymentServicesFor(app.config).gateway.tokenizeCard(request.body, new Date());
      } catch (error) {
        if (error instanceof CardRejectedError) {
          throw new BeausError(422, 'BEAUS_ERR_VALIDATION', error.message);
        }
        throw error;
      }
    },
  );
}
