import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { BeausError, ErrorResponse, publicErrorResponses } from '../../platform/errors.ts';
import { InvoiceLookupBody, Language } from './guest-pay.schemas.ts';
import { convertInvoice, previewConversion } from './invoice-conversion.ts';
import { paymentServicesFor } from './payment-services.ts';
import { SignUpBody, SignUpResult } from './sign-up.schemas.ts';

const ConversionPreview = Type.Object(
  {
    invoiceNo: Type.String(),
    plate: Type.String(),
    jurisdiction: Type.String(),
    status: Type.Union([Type.Literal('open'), Type.Literal('paid')]),
    rule: Type.Object(
      {
        key: Type.String({ description: 'The configuration rule that waives the fees' }),
        waivedLineKinds: Type.Array(Type.String(), { description: 'e.g. fee; never a toll' }),
      },
      { description: 'Named on screen next to every waived fee' },
    ),
    waived: Type.Array(Type.Object({ description: Type.String(), amountCents: Type.Integer() })),
    waivedCents: Type.Integer(),
    balanceChangeCents: Type.Integer({
      description: 'Open invoice: minus the tolls and kept charges; paid: the waived fees back',
    }),
  },
  { title: 'InvoiceConversionPreview' },
);

const ConversionBody = Type.Object(
  { invoice: InvoiceLookupBody, account: SignUpBody, language: Type.Optional(Language) },
  { additionalProperties: false },
);

const ConversionResult = Type.Object(
  { ...SignUpResult.properties, conversion: ConversionPreview },
  { title: 'InvoiceConversionResult' },
);

/** Same budgets as the invoice look-up and the sign-up they build on. */
const previewLimit = { max: 10, timeWindow: '1 minute' };
const convertLimit = { max: 5, timeWindow: '1 minute' };

/** "Open a prepaid account with these tolls": from a guest invoice, with the rule's fees waived. */
export async function invoiceConversionRoutes(app: BeausApp): Promise<void> {
  app.post(
    '/guest/invoice-conversions/preview',
    {
      config: { roles: 'public', rateLimit: previewLimit },
      schema: {
        tags: ['customer'],
        operationId: 'previewInvoiceConversion',
        summary: 'What opening a prepaid account from this invoice waives (and names the rule)',
        body: InvoiceLookupBody,
        response: {
          200: ConversionPreview,
          404: ErrorResponse,
          409: ErrorResponse,
          429: ErrorResponse,
          ...publicErrorResponses,
        },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return previewConversion(app.database, request.body.invoiceNo, request.body.plate);
    },
  );

  app.post(
    '/guest/invoice-conversions',
    {
      config: { roles: 'public', rateLimit: convertLimit },
      schema: {
        tags: ['customer'],
        operationId: 'convertInvoiceToAccount',
        summary:
          'Open a prepaid account from an open or paid invoice (number + plate as proof), fees waived by rule',
        body: ConversionBody,
        response: {
          201: ConversionResult,
          404: ErrorResponse,
          409: ErrorResponse,
          429: ErrorResponse,
          ...publicErrorResponses,
        },
      },
    },
    async (request, reply) => {
      if (!app.identity.localProvider) {
        // As for sign-up: Cognito owns account creation in that posture.
        throw new BeausError(404, 'BEAUS_ERR_NOT_FOUND', 'Sign-up is handled by Amazon Cognito.');
      }
      const result = await convertInvoice(
        { database: app.database, gateway: paymentServicesFor(app.config).gateway },
        request.body.invoice,
        request.body.account,
        request.id,
        request.body.language ?? 'en',
      );
      void reply.header('cache-control', 'no-store');
      return reply.code(201).send(result);
    },
  );
}
