import Type from 'typebox';
import type { Database } from '../../adapters/database/database.ts';
import type { BeausApp } from '../../platform/app-types.ts';
import { ErrorResponse, notFound, protectedErrorResponses } from '../../platform/errors.ts';
import { EvidenceImage, sendEvidenceImage } from '../evidence/evidence-image.ts';
import { customerContextOf } from './customer-context.ts';

const MyTripPhotoParams = Type.Object({
  tripId: Type.Integer({ minimum: 1, description: 'A trip posted to my account' }),
});

/**
 * The key of the first evidence image of a trip on the customer's own account. A trip of another
 * account, or one without an image, is the same 404, so trip ids reveal nothing.
 */
export async function myTripPhotoKey(
  database: Database,
  accountId: number,
  tripId: number,
): Promise<string> {
  const [row] = await database.query<{ key: string | null }>(
    'select t.image_keys[1] as key from trips t where t.id = $1 and t.account_id = $2',
    [tripId, accountId],
  );
  if (!row?.key) throw notFound('No photo of this trip on your account.');
  return row.key;
}

/** The photo of one of my trips, so a driver can see the plate they were charged for. */
export async function myTripPhotoRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/trips/:tripId/photo',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'getMyTripPhoto',
        summary: 'The photo of a trip on my account',
        description:
          '404 when the trip is not on my account, has no photo, or the photo is no longer ' +
          'retained in the evidence store.',
        params: MyTripPhotoParams,
        response: { 200: EvidenceImage, 404: ErrorResponse, ...protectedErrorResponses },
      },
    },
    async (request, reply) => {
      const { accountId } = customerContextOf(request);
      const key = await myTripPhotoKey(app.database, accountId, request.params.tripId);
      return sendEvidenceImage(app.objectStore, reply, key);
    },
  );
}
