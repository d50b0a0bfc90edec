import { Ajv, type ErrorObject } from 'ajv';
import ajvFormats from 'ajv-formats';
import Type, { type Static } from 'typebox';

/**
 * The trip.v1 event as a roadside device sends it (docs/events.md). `receivedAt` is the gateway's
 * to set, so a device's value is replaced. Unknown extra fields pass through: adding an optional
 * field keeps the version at v1, and consumers that do not know it ignore it.
 */
const Identifier = Type.String({ minLength: 1, maxLength: 64 });

export const TripEventV1 = Type.Object({
  schema: Type.Literal('trip.v1'),
  eventId: Type.String({ pattern: '^[A-Za-z0-9._:-]{1,64}$' }),
  deviceId: Identifier,
  plazaId: Identifier,
  laneId: Identifier,
  direction: Type.Union([
    Type.Literal('N'),
    Type.Literal('S'),
    Type.Literal('E'),
    Type.Literal('W'),
  ]),
  occurredAt: Type.String({ format: 'date-time', maxLength: 40 }),
  receivedAt: Type.Optional(Type.String()),
  tagId: Type.Optional(Identifier),
  plate: Type.Optional(
    Type.Object({
      jurisdiction: Type.String({ minLength: 1, maxLength: 8 }),
      text: Type.String({ minLength: 1, maxLength: 16 }),
      confidence: Type.Number({ minimum: 0, maximum: 1 }),
    }),
  ),
  vehicleClass: Type.Integer({ minimum: 1, maximum: 20 }),
  imageKeys: Type.Array(Type.String({ minLength: 1, maxLength: 512 }), { maxItems: 16 }),
});
export type TripEventV1 = Static<typeof TripEventV1>;

/** ajv-formats is CommonJS: under Node's ESM loader its function is the module's `default`. */
type AddFormats = (ajv: Ajv) => Ajv;
const formatsModule = ajvFormats as unknown as AddFormats | { default: AddFormats };
const addFormats = typeof formatsModule === 'function' ? formatsModule : formatsModule.default;

// Compiled once at load. The first error is enough to reject an event, and stopping there keeps
// validation cheap at 100k events/s. TypeBox's own annotations are not Ajv keywords: strict off.
const ajv = new Ajv({ allErrors: false, strict: false });
addFormats(ajv);
const validate = ajv.compile<TripEventV1>(TripEventV1);

export type TripEventCheck = { ok: true; event: TripEventV1 } | { ok: false; reason: string };

/** Validates one event and, when it fails, names the field and what is wrong with it. */
export function checkTripEvent(candidate: unknown): TripEventCheck {
  if (validate(candidate)) return { ok: true, event: candidate };
  return { ok: false, reason: describe(validate.errors?.[0]) };
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return 'event is invalid';
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  const path = [...error.instancePath.split('/').filter(Boolean), ...(missing ? [missing] : [])];
  const field = path.length > 0 ? path.join('.') : 'event';
  if (missing) return `${field} is required`;
  if (error.keyword === 'const' && field === 'schema') return `schema must be 'trip.v1'`;
  return `${field} ${error.message ?? 'is invalid'}`;
}
