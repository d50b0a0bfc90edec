import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { BeausError, ErrorResponse, protectedErrorResponses } from '../../platform/errors.ts';
import { customerContextOf } from './customer-context.ts';
import { listMyCases, loadMyCase, openMyDispute } from './my-cases.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const caseFields = {
  id: Type.String(),
  kind: Type.String({ description: 'dispute, inquiry or hardship' }),
  subject: Type.String(),
  status: Type.String({ description: 'open, in_progress, resolved or closed' }),
  outcome: Nullable(Type.String({ description: 'upheld, denied or withdrawn, once decided' })),
  openedAt: Type.String({ format: 'date-time' }),
  slaDueAt: Type.String({ format: 'date-time', description: 'When we promise an answer' }),
  closedAt: Nullable(Type.String({ format: 'date-time' })),
  tripIds: Type.Array(Type.String()),
  invoiceNo: Nullable(Type.String()),
};

const MyCase = Type.Object(caseFields, { title: 'MyCase' });

const MyCaseDetail = Type.Object(
  {
    ...caseFields,
    notes: Type.Array(
      Type.Object({
        body: Type.String(),
        createdAt: Type.String({ format: 'date-time' }),
        byMe: Type.Boolean({ description: 'False: written by the operator' }),
      }),
    ),
  },
  { title: 'MyCaseDetail' },
);

const OpenDisputeBody = Type.Object(
  {
    tripId: Type.Optional(Type.Integer({ minimum: 1 })),
    invoiceNo: Type.Optional(
      Type.String({ minLength: 3, maxLength: 20, pattern: '^[A-Za-z0-9-]+$' }),
    ),
    reason: Type.String({ minLength: 1, maxLength: 2000, description: 'What is wrong, in words' }),
  },
  { additionalProperties: false, title: 'OpenDisputeRequest' },
);

const errors = { 404: ErrorResponse, ...protectedErrorResponses };

/** Disputes: the driver opens one on a trip or invoice of their own and follows it. */
export async function myCaseRoutes(app: BeausApp): Promise<void> {
  app.post(
    '/cases',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'openMyDispute',
        summary: 'Dispute one of my trips or invoices (give exactly one) with a reason',
        body: OpenDisputeBody,
        response: { 201: MyCase, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { tripId, invoiceNo, reason } = request.body;
      if ((tripId === undefined) === (invoiceNo === undefined)) {
        throw new BeausError(400, 'BEAUS_ERR_VALIDATION', 'body give either tripId or invoiceNo');
      }
      const target = tripId !== undefined ? { tripId } : { invoiceNo: invoiceNo ?? '' };
      const opened = await openMyDispute(app.database, customerContextOf(request), target, reason);
      return reply.code(201).send(opened);
    },
  );

  app.get(
    '/cases',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'listMyCases',
        summary: 'My cases, newest first, with status and the date we promise an answer by',
        response: { 200: Type.Array(MyCase), ...errors },
      },
    },
    async (request) => listMyCases(app.database, customerContextOf(request).accountId),
  );

  app.get(
    '/cases/:caseId',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'getMyCase',
        summary: 'One of my cases with its notes and outcome',
        params: Type.Object({ caseId: Type.Integer({ minimum: 1 }) }),
        response: { 200: MyCaseDetail, ...errors },
      },
    },
    async (request) => loadMyCase(app.database, customerContextOf(request), request.params.caseId),
  );
}
