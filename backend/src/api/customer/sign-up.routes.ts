import type { BeausApp } from '../../platform/app-types.ts';
import { BeausError, ErrorResponse, publicErrorResponses } from '../../platform/errors.ts';
import { paymentServicesFor } from './payment-services.ts';
import { signUp } from './sign-up.ts';
import { SignUpBody, SignUpResult } from './sign-up.schemas.ts';

/** Sign-ups per client address per minute: enough for a family, too few to farm accounts. */
const signUpsPerMinute = 5;

/** A new driver opens a prepaid account without calling anyone. */
export async function signUpRoutes(app: BeausApp): Promise<void> {
  app.post(
    '/sign-up',
    {
      config: { roles: 'public', rateLimit: { max: signUpsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['customer'],
        operationId: 'signUp',
        summary: 'Open a prepaid account: contact, sign-in, vehicles, card and opening top-up',
        description:
          'Creates the customer sign-in, the account, its vehicles and the card on file, then ' +
          'charges the opening top-up once. An e-mail already registered gives 409 and charges ' +
          'nothing. A declined card still opens the account (initialTopUp.status failed).',
        body: SignUpBody,
        response: {
          201: SignUpResult,
          404: ErrorResponse,
          409: ErrorResponse,
          429: ErrorResponse,
          ...publicErrorResponses,
        },
      },
    },
    async (request, reply) => {
      if (!app.identity.localProvider) {
        // Cognito owns sign-ups in that posture (its hosted UI and a post-confirmation trigger).
        throw new BeausError(404, 'BEAUS_ERR_NOT_FOUND', 'Sign-up is handled by Amazon Cognito.');
      }
      const result = await signUp(
        { database: app.database, gateway: paymentServicesFor(app.config).gateway },
        request.body,
        request.id,
      );
      void reply.header('cache-control', 'no-store');
      return reply.code(201).send(result);
    },
  );
}
