import Type from 'typebox';
import type { BeausApp } from '../../../platform/app-types.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import { contextOf } from '../admin-context.ts';
import {
  changeDeviceStatus,
  listDevices,
  listLanes,
  registerDevice,
  rotateCredential,
} from './device-registry.ts';

const admin = { roles: ['admin'] } as const;
const errors = { 404: ErrorResponse, ...protectedErrorResponses };
const Id = Type.Integer({ minimum: 1 });
const Time = Type.String({ format: 'date-time' });
const Status = Type.Union([
  Type.Literal('active'),
  Type.Literal('maintenance'),
  Type.Literal('disabled'),
]);

const Device = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    laneId: Type.String(),
    laneCode: Type.String(),
    plazaId: Type.String(),
    plazaCode: Type.String(),
    status: Status,
    lastSeenAt: Type.Union([Time, Type.Null()]),
    credentialRotatedAt: Time,
    createdAt: Time,
  },
  { title: 'RoadsideDevice' },
);

const DeviceActivity = Type.Object(
  {
    ...Device.properties,
    tripsLast7Days: Type.Integer({ minimum: 0 }),
    rejectedLast7Days: Type.Integer({ minimum: 0 }),
    rejectRate: Type.Number({ minimum: 0, maximum: 1, description: 'Rejected share, last 7 days' }),
  },
  { title: 'RoadsideDeviceActivity' },
);

const IssuedCredential = Type.Object(
  {
    device: Device,
    secret: Type.String({ description: 'Shown this once; only its hash is kept' }),
    authorization: Type.String({ description: 'The Authorization header for the device' }),
  },
  { title: 'IssuedDeviceCredential' },
);

const DeviceParams = Type.Object({ deviceId: Id });

/** Roadside devices: list with last seen, register, rotate the credential, disable. */
export async function deviceRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/devices',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'listDevices',
        summary: 'Roadside devices with their lane, status and last contact',
        querystring: Type.Object(
          {
            plazaId: Type.Optional(Id),
            q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of a name' })),
            page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
            pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object(
            { items: Type.Array(DeviceActivity), total: Type.Integer() },
            { title: 'RoadsideDevicePage' },
          ),
          ...protectedErrorResponses,
        },
      },
    },
    async (request) => listDevices(app.database, request.query),
  );

  app.get(
    '/plazas/:plazaId/lanes',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'listPlazaLanes',
        summary: 'The lanes of a plaza',
        params: Type.Object({ plazaId: Id }),
        response: {
          200: Type.Array(
            Type.Object({ id: Type.String(), code: Type.String(), type: Type.String() }),
          ),
          ...protectedErrorResponses,
        },
      },
    },
    async (request) => listLanes(app.database, request.params.plazaId),
  );

  app.post(
    '/devices',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'registerDevice',
        summary: 'Register a device on a lane; its credential is in this answer only',
        body: Type.Object(
          {
            laneId: Id,
            name: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: IssuedCredential, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await registerDevice(app.database, contextOf(request), request.body)),
  );

  app.post(
    '/devices/:deviceId/rotate',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'rotateDeviceCredential',
        summary: 'Issue a new credential; the old one is refused from now on',
        params: DeviceParams,
        response: { 200: IssuedCredential, ...errors },
      },
    },
    async (request) => rotateCredential(app.database, contextOf(request), request.params.deviceId),
  );

  app.post(
    '/devices/:deviceId/status',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'setDeviceStatus',
        summary: 'Disable a device (its batches are refused), or put it back in service',
        params: DeviceParams,
        body: Type.Object({ status: Status }, { additionalProperties: false }),
        response: { 200: Device, ...errors },
      },
    },
    async (request) =>
      changeDeviceStatus(
        app.database,
        contextOf(request),
        request.params.deviceId,
        request.body.status,
      ),
  );
}
