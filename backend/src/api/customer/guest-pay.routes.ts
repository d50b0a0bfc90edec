import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { conflict, ErrorResponse, notFound, publicErrorResponses } from '../../platform/errors.ts';
import { payByCard } from '../../billing/card-payments.ts';
import { paymentReceiptEmail } from '../../billing/receipt-email.ts';
import { findGuestInvoice, invoiceTripImageKey, type GuestInvoice } from './guest-invoice.ts';
import {
  GuestInvoice as GuestInvoiceSchema,
  GuestPaymentBody,
  IdempotencyHeaders,
  InvoiceLookupBody,
  PaymentReceipt,
} from './guest-pay.schemas.ts';
import { paymentServicesFor, type PhotoSigner } from './payment-services.ts';
import { EvidenceImage, sendEvidenceImage } from '../evidence/evidence-image.ts';

/** Guests may look up a few invoices a minute: enough to fix a typo, too few to sweep numbers. */
const lookupLimit = { max: 10, timeWindow: '1 minute' };
const photoLinkMs = 3_600_000;
const invoiceNotFound = () =>
  notFound('No invoice matches that invoice number and plate. Check both and try again.');

/**
 * Pay a toll-by-plate invoice without an account: look it up by number and plate, see every
 * line with its photo, pay by card with an idempotency key, get a receipt on screen and by e-mail.
 */
export async function guestPayRoutes(app: BeausApp): Promise<void> {
  const services = () => paymentServicesFor(app.config);

  app.post(
    '/guest/invoice-lookup',
    {
      config: { roles: 'public', rateLimit: lookupLimit },
      schema: {
        tags: ['customer'],
        operationId: 'findGuestInvoice',
        summary: 'Find an invoice by its number and plate (no sign-in); same 404 for any mismatch',
        body: InvoiceLookupBody,
        response: {
          200: GuestInvoiceSchema,
          404: ErrorResponse,
          429: ErrorResponse,
          ...publicErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const now = new Date();
      const invoice = await findGuestInvoice(
        app.database,
        request.body.invoiceNo,
        request.body.plate,
        now,
      );
      if (!invoice) throw invoiceNotFound();
      void reply.header('cache-control', 'no-store');
      return withPhotoLinks(invoice, services().photoSigner, now);
    },
  );

  app.post(
    '/guest/payments',
    {
      config: { roles: 'public', rateLimit: lookupLimit },
      schema: {
        tags: ['customer'],
        operationId: 'payGuestInvoice',
        summary: 'Pay an invoice by card token; a repeated Idempotency-Key never charges twice',
        headers: IdempotencyHeaders,
        body: GuestPaymentBody,
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
      // Namespaced, so a guest's key can never meet a signed-in customer's payment.
      const idempotencyKey = `guest-${request.headers['idempotency-key']}`;
      const invoice = await findGuestInvoice(app.database, body.invoiceNo, body.plate, new Date());
      if (!invoice) throw invoiceNotFound();
      const [earlier] = await app.database.query<{ invoice_id: string | null }>(
        'select invoice_id::text from payments where idempotency_key = $1',
        [idempotencyKey],
      );
      // A replay of an earlier attempt is answered below even though the invoice is paid now.
      if (!earlier && invoice.status !== 'open') throw conflict('This invoice is already paid.');
      if (earlier && earlier.invoice_id !== String(invoice.id)) {
        throw conflict('This payment key was already used for a different payment.');
      }
      if (!earlier && body.amountCents !== invoice.amountDueCents) {
        throw conflict('The amount due has changed; look the invoice up again.');
      }
      const { gateway, mailer } = services();
      const result = await payByCard(
        {
          database: app.database,
          gateway,
          onSucceeded: async (paid) => {
            if (!body.email) return;
            await mailer
              .send(paymentReceiptEmail(body.email, invoice, paid, body.language ?? 'en'))
              .catch((error: unknown) => request.log.warn({ err: error }, 'receipt e-mail failed'));
          },
        },
        {
          idempotencyKey,
          cardToken: body.cardToken,
          amountCents: body.amountCents,
          target: { kind: 'invoice', invoiceId: invoice.id },
        },
      );
      void reply.header('cache-control', 'no-store');
      return {
        paymentId: result.paymentId,
        status: result.status,
        amountCents: result.amountCents,
        invoiceNo: invoice.invoiceNo,
        paidAt: result.status === 'succeeded' ? result.at.toISOString() : null,
        reference: result.status === 'succeeded' ? result.gatewayRef : null,
        declineReason: result.status === 'failed' ? result.reason : null,
      };
    },
  );

  app.get(
    '/guest/invoices/:invoiceNo/trips/:tripId/photo',
    {
      config: { roles: 'public' },
      schema: {
        tags: ['customer'],
        operationId: 'getGuestTripPhoto',
        summary: 'The evidence image of a toll on the invoice being viewed (signed link only)',
        params: Type.Object({
          invoiceNo: Type.String({ maxLength: 20, pattern: '^[A-Z0-9]+$' }),
          tripId: Type.String({ maxLength: 18, pattern: '^[0-9]+$' }),
        }),
        querystring: Type.Object({ access: Type.String({ maxLength: 100 }) }),
        response: {
          200: EvidenceImage,
          404: ErrorResponse,
          ...publicErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const { invoiceNo, tripId } = request.params;
      const signer = services().photoSigner;
      if (!signer.verify(invoiceNo, tripId, request.query.access, new Date())) {
        throw notFound('This photo link is not valid or has expired.');
      }
      const [invoice] = await app.database.query<{ id: string }>(
        'select id::text from invoices where invoice_no = $1',
        [invoiceNo],
      );
      const key = invoice
        ? await invoiceTripImageKey(app.database, Number(invoice.id), tripId)
        : null;
      if (!key) throw notFound('No photo is stored for this toll.');
      return sendEvidenceImage(app.objectStore, reply, key);
    },
  );
}

function withPhotoLinks(invoice: GuestInvoice, signer: PhotoSigner, now: Date) {
  const expiresAt = new Date(now.getTime() + photoLinkMs);
  const { id: _id, ...shown } = invoice;
  return {
    ...shown,
    lines: invoice.lines.map((line) => {
      if (!line.trip) return { ...line, trip: null };
      const { hasPhoto, ...trip } = line.trip;
      const access = signer.sign(invoice.invoiceNo, trip.id, expiresAt);
      const photoUrl = hasPhoto
        ? `/api/customer/guest/invoices/${invoice.invoiceNo}/trips/${trip.id}/photo?access=${encodeURIComponent(access)}`
        : null;
      return { ...line, trip: { ...trip, photoUrl } };
    }),
  };
}
