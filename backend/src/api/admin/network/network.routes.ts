import Type from 'typebox';
import type { BeausApp } from '../../../platform/app-types.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import { contextOf, problemResponse } from '../admin-context.ts';
import { addLane, createPlaza, updatePlaza } from './network-changes.ts';

const admin = { roles: ['admin'] } as const;
const errors = { 404: ErrorResponse, 409: ErrorResponse, ...protectedErrorResponses };

const Direction = Type.Union([
  Type.Literal('NB'),
  Type.Literal('SB'),
  Type.Literal('EB'),
  Type.Literal('WB'),
]);
const plazaFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  roadway: Type.String({ minLength: 1, maxLength: 100 }),
  latitude: Type.Number({ minimum: -90, maximum: 90 }),
  longitude: Type.Number({ minimum: -180, maximum: 180 }),
  timeZone: Type.String({
    minLength: 1,
    maxLength: 64,
    description: 'IANA zone, e.g. America/Chicago',
  }),
  direction: Direction,
};
const Plaza = Type.Object(
  { id: Type.String(), code: Type.String(), ...plazaFields },
  { title: 'PlazaRecord' },
);
const Lane = Type.Object(
  { id: Type.String(), code: Type.String(), type: Type.String() },
  { title: 'Lane' },
);
const PlazaParams = Type.Object({ plazaId: Type.Integer({ minimum: 1 }) });

/** Plazas and lanes: create, correct, add a lane; each audited. */
export async function networkRoutes(app: BeausApp): Promise<void> {
  app.post(
    '/plazas',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'createPlaza',
        summary: 'Add a plaza (its code is what devices send and never changes)',
        body: Type.Object(
          { code: Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{1,15}$' }), ...plazaFields },
          { additionalProperties: false },
        ),
        response: { 201: Plaza, ...errors },
      },
    },
    async (request, reply) => {
      const result = await createPlaza(app.database, contextOf(request), request.body);
      if (!result.ok) return reply.code(400).send(problemResponse('Plaza', result.problems));
      return reply.code(201).send(result.value);
    },
  );

  app.patch(
    '/plazas/:plazaId',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'updatePlaza',
        summary: 'Correct a plaza’s name, location, time zone or direction',
        params: PlazaParams,
        body: Type.Partial(Type.Object(plazaFields), {
          additionalProperties: false,
          minProperties: 1,
        }),
        response: { 200: Plaza, ...errors },
      },
    },
    async (request, reply) => {
      const result = await updatePlaza(
        app.database,
        contextOf(request),
        request.params.plazaId,
        request.body,
      );
      if (!result.ok) return reply.code(400).send(problemResponse('Plaza', result.problems));
      return result.value;
    },
  );

  app.post(
    '/plazas/:plazaId/lanes',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'addPlazaLane',
        summary: 'Add a lane or gantry to a plaza',
        params: PlazaParams,
        body: Type.Object(
          {
            code: Type.String({ pattern: '^[A-Za-z0-9-]{1,16}$' }),
            type: Type.Union([
              Type.Literal('open_road'),
              Type.Literal('express'),
              Type.Literal('ramp'),
            ]),
          },
          { additionalProperties: false },
        ),
        response: { 201: Lane, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addLane(app.database, contextOf(request), request.params.plazaId, request.body),
        ),
  );
}
