import Type from 'typebox';
import type { BeausApp } from '../../../platform/app-types.ts';
import { protectedErrorResponses } from '../../../platform/errors.ts';
import { exportAuditCsv, searchAudit } from './audit-query.ts';

const admin = { roles: ['admin'] } as const;
const Time = Type.String({ format: 'date-time' });

const filterFields = {
  actor: Type.Optional(Type.String({ maxLength: 100, description: 'Username, exactly' })),
  entityType: Type.Optional(Type.String({ maxLength: 100 })),
  entityId: Type.Optional(Type.String({ maxLength: 100 })),
  action: Type.Optional(Type.String({ maxLength: 100 })),
  from: Type.Optional(Time),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Exclusive' })),
};

const AuditEntry = Type.Object(
  {
    id: Type.String(),
    at: Time,
    actor: Type.String(),
    action: Type.String(),
    entityType: Type.String(),
    entityId: Type.String(),
    before: Type.Unknown(),
    after: Type.Unknown(),
    requestId: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'AuditEntry' },
);

/** The audit log viewer: who changed what, when, before and after; and its export. */
export async function auditRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/audit',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'searchAuditLog',
        summary: 'Audit entries by actor, entity, action and time, newest first',
        querystring: Type.Object(
          {
            ...filterFields,
            page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
            pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object(
            { items: Type.Array(AuditEntry), total: Type.Integer() },
            { title: 'AuditPage' },
          ),
          ...protectedErrorResponses,
        },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return searchAudit(app.database, filter, { page, pageSize });
    },
  );

  app.get(
    '/audit/export',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'exportAuditLog',
        summary: 'The matching audit entries as CSV (at most 10,000, newest first)',
        querystring: Type.Object(filterFields, { additionalProperties: false }),
        produces: ['text/csv'],
        response: { 200: Type.String({ description: 'CSV, one entry a line' }) },
      },
    },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="beaus-audit.csv"')
        .send(await exportAuditCsv(app.database, request.query)),
  );
}
