import Type from 'typebox';
import type { BeausApp } from '../../../platform/app-types.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import { contextOf } from '../admin-context.ts';
import { changeStaff, createStaff, listStaff } from './staff-users.ts';

const admin = { roles: ['admin'] } as const;
const errors = { 404: ErrorResponse, 409: ErrorResponse, ...protectedErrorResponses };

const StaffRole = Type.Union([
  Type.Literal('agent'),
  Type.Literal('supervisor'),
  Type.Literal('admin'),
]);
const Roles = Type.Array(StaffRole, { minItems: 1, maxItems: 3, uniqueItems: true });
const Team = Type.String({ minLength: 1, maxLength: 100 });

const StaffUser = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    displayName: Type.String(),
    email: Type.Union([Type.String(), Type.Null()]),
    roles: Type.Array(StaffRole),
    team: Type.Union([Type.String(), Type.Null()]),
    disabled: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'StaffUser' },
);

/** Staff users of the local identity provider: list, create, change roles / team, disable. */
export async function userRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/users',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'listStaffUsers',
        summary: 'Staff users (agents, supervisors, admins) by username',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ maxLength: 100 })),
            page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
            pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object(
            { items: Type.Array(StaffUser), total: Type.Integer() },
            { title: 'StaffUserPage' },
          ),
          ...protectedErrorResponses,
        },
      },
    },
    async (request) => listStaff(app.database, request.query),
  );

  app.post(
    '/users',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'createStaffUser',
        summary: 'Create a staff user with a first password',
        body: Type.Object(
          {
            username: Type.String({ pattern: '^[a-z][a-z0-9._-]{2,39}$' }),
            displayName: Type.String({ minLength: 1, maxLength: 100 }),
            email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
            roles: Roles,
            team: Type.Optional(Team),
            password: Type.String({ minLength: 12, maxLength: 200 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: StaffUser, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createStaff(app.database, contextOf(request), request.body)),
  );

  app.patch(
    '/users/:userId',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'updateStaffUser',
        summary: 'Assign roles or team, disable or re-enable a staff user',
        params: Type.Object({ userId: Type.Integer({ minimum: 1 }) }),
        body: Type.Object(
          {
            roles: Type.Optional(Roles),
            team: Type.Optional(Type.Union([Team, Type.Null()])),
            disabled: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: StaffUser, ...errors },
      },
    },
    async (request) =>
      changeStaff(app.database, contextOf(request), request.params.userId, request.body),
  );
}
