import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { protectedErrorResponses } from '../../platform/errors.ts';
import { deviceRoutes } from './devices/devices.routes.ts';
import { ruleRoutes } from './rules/rules.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { userRoutes } from './users/users.routes.ts';
import { networkRoutes } from './network/network.routes.ts';
import { rateScheduleRoutes } from './rates/rate-schedules.routes.ts';
import { listPlazas, plazaSortKeys, type PlazaSortKey } from './plaza-list.ts';

const PlazaListQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({ maxLength: 100, description: 'Part of a code, name or roadway' }),
    ),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
    sort: Type.Optional(
      Type.String({
        pattern: `^(${plazaSortKeys.join('|')})(:(asc|desc))?$`,
        description: '`column:direction`, e.g. `name:asc`; default code',
      }),
    ),
  },
  { additionalProperties: false },
);

const Count = Type.Integer({ minimum: 0 });

const PlazaSummary = Type.Object(
  {
    id: Type.String(),
    code: Type.String(),
    name: Type.String(),
    roadway: Type.String(),
    latitude: Type.Number(),
    longitude: Type.Number(),
    timeZone: Type.String(),
    direction: Type.String(),
    laneCount: Count,
    deviceCount: Count,
    activeDeviceCount: Count,
    lastSeenAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { title: 'PlazaSummary' },
);

const PlazaPage = Type.Object(
  { items: Type.Array(PlazaSummary), page: Type.Integer(), pageSize: Type.Integer(), total: Count },
  { title: 'PlazaPage' },
);

/** The admin app's routes; each area registers its own module here. */
export async function adminRoutes(app: BeausApp): Promise<void> {
  await app.register(rateScheduleRoutes);
  await app.register(deviceRoutes);
  await app.register(ruleRoutes);
  await app.register(auditRoutes);
  await app.register(userRoutes);
  await app.register(networkRoutes);
  app.get(
    '/plazas',
    {
      config: { roles: ['admin'] },
      schema: {
        tags: ['admin'],
        operationId: 'listPlazas',
        summary: 'Plazas with their lane and roadside device counts',
        querystring: PlazaListQuery,
        response: { 200: PlazaPage, ...protectedErrorResponses },
      },
    },
    async (request) => {
      const { q, page, pageSize, sort = 'code' } = request.query;
      const [key, direction] = sort.split(':');
      const result = await listPlazas(app.database, {
        q,
        page,
        pageSize,
        sort: key as PlazaSortKey,
        direction: direction === 'desc' ? 'desc' : 'asc',
      });
      return { ...result, page, pageSize };
    },
  );
}
