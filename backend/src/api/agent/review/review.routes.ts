import type { BeausApp } from '../../../platform/app-types.ts';
import { principalOf } from '../../../platform/auth.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import { applyReviewToCache } from '../../../stream/post-reviewed-trip.ts';
import { EvidenceImage, sendEvidenceImage } from '../../evidence/evidence-image.ts';
import { decideReview } from './review-decision.ts';
import { claimNextReview, claimedImageKey } from './review-queue.ts';
import {
  ImageParams,
  NextReviewItem,
  ReviewDecisionBody,
  ReviewDecisionResult,
  TripParams,
} from './review.schemas.ts';

const staff = { roles: ['agent', 'supervisor'] } as const;

/** The image review queue: claim the next plate image, see it, decide it. */
export async function agentReviewRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/review/next',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'claimNextReview',
        summary: 'Claim the oldest trip waiting for image review (or the one you hold)',
        description:
          'The claim lasts a few minutes; no other agent gets the same trip meanwhile. ' +
          '`item` is null when the queue is empty.',
        response: { 200: NextReviewItem, ...protectedErrorResponses },
      },
    },
    async (request) => claimNextReview(app.database, principalOf(request), new Date()),
  );

  app.get(
    '/review/:tripId/images/:index',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'getReviewImage',
        summary: 'An evidence image of the trip you are reviewing',
        params: ImageParams,
        response: {
          200: EvidenceImage,
          404: ErrorResponse,
          ...protectedErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const { tripId, index } = request.params;
      const key = await claimedImageKey(app.database, principalOf(request), tripId, index);
      return sendEvidenceImage(app.objectStore, reply, key);
    },
  );

  app.post(
    '/review/:tripId/decision',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'decideReview',
        summary: 'Confirm the OCR reading, correct it, or mark the image unreadable',
        description:
          'Confirm and correct post the trip as the stream processor would (matched, rated by ' +
          'the schedule in force at the trip time); unreadable posts nothing. Once per trip: ' +
          'a second decision is 409.',
        params: TripParams,
        body: ReviewDecisionBody,
        response: {
          200: ReviewDecisionResult,
          404: ErrorResponse,
          409: ErrorResponse,
          ...protectedErrorResponses,
        },
      },
    },
    async (request) => {
      const decided = await decideReview(
        app.database,
        {
          principal: principalOf(request),
          tripId: request.params.tripId,
          requestId: request.id,
          now: new Date(),
        },
        request.body,
      );
      // The money is committed; the dashboard cache is display only and must not fail the reply.
      await applyReviewToCache(app.cache, decided).catch((error: unknown) =>
        request.log.warn({ err: error }, 'review backlog projection not updated'),
      );
      const { plazaCode: _plaza, occurredAt: _at, ...result } = decided;
      return result;
    },
  );
}
