import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { ErrorResponse, protectedErrorResponses } from '../../platform/errors.ts';
import { customerContextOf } from './customer-context.ts';
import { reportMyTag, requestMyTag } from './my-tags.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const TagRequest = Type.Object(
  {
    id: Type.String(),
    vehicleId: Type.String(),
    plate: Type.String(),
    requestedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'MyTagRequest' },
);

const MyTag = Type.Object(
  {
    id: Type.String(),
    tagNo: Type.String(),
    status: Type.String(),
    plate: Nullable(Type.String()),
    vehicleId: Nullable(Type.String()),
  },
  { title: 'MyTag' },
);

const errors = { 404: ErrorResponse, 409: ErrorResponse, ...protectedErrorResponses };

/** The driver's own tags: ask for one for a vehicle, report one lost or stolen. */
export async function myTagRoutes(app: BeausApp): Promise<void> {
  app.post(
    '/tag-requests',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'requestMyTag',
        summary: 'Ask for a tag for one of my vehicles; it is sent and assigned later',
        body: Type.Object(
          { vehicleId: Type.Integer({ minimum: 1 }) },
          { additionalProperties: false, title: 'RequestMyTagRequest' },
        ),
        response: { 201: TagRequest, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await requestMyTag(app.database, customerContextOf(request), request.body.vehicleId)),
  );

  app.post(
    '/tags/:tagId/report',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'reportMyTag',
        summary: 'Report one of my tags lost or stolen; it stops paying tolls at once',
        params: Type.Object({ tagId: Type.Integer({ minimum: 1 }) }),
        body: Type.Object(
          { status: Type.Union([Type.Literal('lost'), Type.Literal('stolen')]) },
          { additionalProperties: false, title: 'ReportMyTagRequest' },
        ),
        response: { 200: MyTag, ...errors },
      },
    },
    async (request) =>
      reportMyTag(
        app.database,
        customerContextOf(request),
        request.params.tagId,
        request.body.status,
      ),
  );
}
