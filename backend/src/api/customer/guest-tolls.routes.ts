import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import {
  BeausError,
  ErrorResponse,
  notFound,
  publicErrorResponses,
} from '../../platform/errors.ts';
import { invoiceRulesAt } from '../../billing/billing-configuration.ts';
import { normalisePlateText } from '../../domain/plate.ts';
import { IdempotencyHeaders, PaymentReceipt } from './guest-pay.schemas.ts';
import { payPlateTolls } from './guest-toll-payment.ts';
import { daysInRange, findPlateTolls, plateTollImageKey, type PlateToll } from './guest-tolls.ts';
import {
  maxLookupDays,
  PlateTolls,
  TollLookupBody,
  TollPaymentBody,
} from './guest-tolls.schemas.ts';
import { paymentServicesFor, type PhotoSigner } from './payment-services.ts';
import { EvidenceImage, sendEvidenceImage } from '../evidence/evidence-image.ts';

/** The same per-client budget as the invoice look-up: enough to fix a typo, too few to sweep. */
const lookupLimit = { max: 10, timeWindow: '1 minute' };
const photoLinkMs = 3_600_000;
/** The photo signer's scope for plate look-ups; never a valid invoice number (lower case). */
const photoScope = 'plate-lookup';

const badRange = () =>
  new BeausError(
    400,
    'BEAUS_ERR_VALIDATION',
    `Choose a date range of at most ${maxLookupDays} days, the first day not after the last.`,
  );

/**
 * Tolls by plate and dates, without an account: see each toll with its photo, plaza, time and
 * rate, and pay the unbilled ones by card. Reveals the tolls only: no owner, account or invoice.
 */
export async function guestTollsRoutes(app: BeausApp): Promise<void> {
  const services = () => paymentServicesFor(app.config);

  app.post(
    '/guest/toll-lookup',
    {
      config: { roles: 'public', rateLimit: lookupLimit },
      schema: {
        tags: ['customer'],
        operationId: 'findPlateTolls',
        summary: `Unbilled and invoiced tolls of a plate in a date range (≤ ${maxLookupDays} days; no sign-in)`,
        body: TollLookupBody,
        response: { 200: PlateTolls, 429: ErrorResponse, ...publicErrorResponses },
      },
    },
    async (request, reply) => {
      const { plate, jurisdiction, from, to } = request.body;
      const days = daysInRange(from, to);
      if (!(days >= 1 && days <= maxLookupDays)) throw badRange();
      const now = new Date();
      const tolls = await findPlateTolls(app.database, plate, jurisdiction, from, to);
      const rules = await invoiceRulesAt(app.database, now);
      void reply.header('cache-control', 'no-store');
      return {
        plate: normalisePlateText(plate),
        jurisdiction: jurisdiction.toUpperCase(),
        from,
        to,
        tolls: tolls.map((toll) => withPhotoLink(toll, services().photoSigner, now)),
        unbilledCents: tolls
          .filter((toll) => toll.status === 'unbilled')
          .reduce((sum, toll) => sum + toll.amountCents, 0),
        adminFee: { amountCents: rules.adminFeeCents, ruleRef: rules.adminFeeRuleKey ?? '' },
      };
    },
  );

  app.post(
    '/guest/toll-payments',
    {
      config: { roles: 'public', rateLimit: lookupLimit },
      schema: {
        tags: ['customer'],
        operationId: 'payPlateTolls',
        summary:
          'Pay unbilled tolls of a plate by card token (they go on one invoice, paid at once); a repeated Idempotency-Key never charges twice',
        headers: IdempotencyHeaders,
        body: TollPaymentBody,
        response: {
          200: PaymentReceipt,
          404: ErrorResponse,
          409: ErrorResponse,
          429: ErrorResponse,
          ...publicErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const { gateway, mailer } = services();
      const result = await payPlateTolls(
        {
          database: app.database,
          gateway,
          mailer,
          onMailError: (error) => request.log.warn({ err: error }, 'receipt e-mail failed'),
        },
        {
          // Namespaced, so this key never meets an invoice payment's or a customer's.
          idempotencyKey: `guest-tolls-${request.headers['idempotency-key']}`,
          plate: body.plate,
          jurisdiction: body.jurisdiction,
          tripIds: body.tripIds,
          cardToken: body.cardToken,
          amountCents: body.amountCents,
          language: body.language ?? 'en',
          ...(body.email ? { email: body.email } : {}),
        },
      );
      void reply.header('cache-control', 'no-store');
      return {
        paymentId: result.paymentId,
        status: result.status,
        amountCents: result.amountCents,
        invoiceNo: result.invoiceNo,
        paidAt: result.status === 'succeeded' ? result.at.toISOString() : null,
        reference: result.status === 'succeeded' ? result.gatewayRef : null,
        declineReason: result.status === 'failed' ? result.reason : null,
      };
    },
  );

  app.get(
    '/guest/tolls/:tripId/photo',
    {
      config: { roles: 'public' },
      schema: {
        tags: ['customer'],
        operationId: 'getPlateTollPhoto',
        summary: 'The evidence image of a toll found by plate (signed link only)',
        params: Type.Object({ tripId: Type.String({ maxLength: 18, pattern: '^[0-9]+$' }) }),
        querystring: Type.Object({ access: Type.String({ maxLength: 100 }) }),
        response: {
          200: EvidenceImage,
          404: ErrorResponse,
          ...publicErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const { tripId } = request.params;
      if (!services().photoSigner.verify(photoScope, tripId, request.query.access, new Date())) {
        throw notFound('This photo link is not valid or has expired.');
      }
      const key = await plateTollImageKey(app.database, tripId);
      if (!key) throw notFound('No photo is stored for this toll.');
      return sendEvidenceImage(app.objectStore, reply, key);
    },
  );
}

function withPhotoLink(toll: PlateToll, signer: PhotoSigner, now: Date) {
  const { hasPhoto, ...shown } = toll;
  const access = signer.sign(photoScope, toll.id, new Date(now.getTime() + photoLinkMs));
  return {
    ...shown,
    photoUrl: hasPhoto
      ? `/api/customer/guest/tolls/${toll.id}/photo?access=${encodeURIComponent(access)}`
      : null,
  };
}
