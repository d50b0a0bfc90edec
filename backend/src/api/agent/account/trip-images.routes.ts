import Type from 'typebox';
import type { Database } from '../../../adapters/database/database.ts';
import type { BeausApp } from '../../../platform/app-types.ts';
import { ErrorResponse, notFound, protectedErrorResponses } from '../../../platform/errors.ts';
import { EvidenceImage, sendEvidenceImage } from '../../evidence/evidence-image.ts';

const staff = { roles: ['agent', 'supervisor'] } as const;

export const AccountTripImageParams = Type.Object({
  accountId: Type.Integer({ minimum: 1, description: 'The account id (not the account number)' }),
  tripId: Type.Integer({ minimum: 1, description: 'A trip of that account' }),
  index: Type.Integer({ minimum: 0, maximum: 20, description: 'Position in the trip imageKeys' }),
});

/**
 * The object key of an account's trip image: only keys of a trip posted to that account, so the
 * route cannot read another account's evidence or arbitrary objects from the store.
 */
export async function accountTripImageKey(
  database: Database,
  accountId: number,
  tripId: number,
  index: number,
): Promise<string> {
  const [row] = await database.query<{ key: string | null }>(
    `select t.image_keys[$3::int + 1] as key from trips t where t.id = $1 and t.account_id = $2`,
    [tripId, accountId, index],
  );
  if (!row?.key) throw notFound('No such image on a trip of this account.');
  return row.key;
}

/** Evidence images of any trip on the account, for the trips tab (like the review queue's). */
export async function tripImageRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/accounts/:accountId/trips/:tripId/images/:index',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'getAgentAccountTripImage',
        summary: 'An evidence image of a trip on the account',
        description:
          '404 when the trip is not on the account, has no image at that position, or the ' +
          'image is no longer retained in the evidence store.',
        params: AccountTripImageParams,
        response: { 200: EvidenceImage, 404: ErrorResponse, ...protectedErrorResponses },
      },
    },
    async (request, reply) => {
      const { accountId, tripId, index } = request.params;
      const key = await accountTripImageKey(app.database, accountId, tripId, index);
      return sendEvidenceImage(app.objectStore, reply, key);
    },
  );
}
