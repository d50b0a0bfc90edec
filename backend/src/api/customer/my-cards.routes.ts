import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { ErrorResponse, protectedErrorResponses } from '../../platform/errors.ts';
import { customerContextOf } from './customer-context.ts';
import { setMyBackupCard } from './my-cards.ts';
import { CardOnFileBody } from './self-service.schemas.ts';

const CardSummary = Type.Object(
  {
    brand: Type.String(),
    last4: Type.String(),
    expMonth: Type.Integer(),
    expYear: Type.Integer(),
  },
  { title: 'CardSummary' },
);

/** The driver's cards: a backup card for auto top-up (the card number never comes here). */
export async function myCardRoutes(app: BeausApp): Promise<void> {
  app.put(
    '/backup-card',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'setMyBackupCard',
        summary: 'Set the card auto top-up uses when my default card declines (a processor token)',
        body: CardOnFileBody,
        response: {
          200: CardSummary,
          404: ErrorResponse,
          409: ErrorResponse,
          ...protectedErrorResponses,
        },
      },
    },
    async (request) => setMyBackupCard(app.database, customerContextOf(request), request.body),
  );
}
