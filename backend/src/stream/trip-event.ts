/**
 * Reading a `trip.v1` record off `trips.raw` (docs/events.md). The gateway validated it already,
 * but the log outlives gateway versions and can be written by other tools, so the processor
 * checks again and sends anything it cannot read to the dead letters as a format error.
 */
import type { Direction, PlateRead, TripRead } from '../domain/index.ts';

/** A read as the processor works with it: the domain's TripRead plus where and when it arrived. */
export interface TripEvent extends TripRead {
  /** The roadside device's name (`roadside_devices.name`). */
  readonly deviceId: string;
  /** When the gateway accepted it: the reference for "too old" and for pipeline lag. */
  readonly receivedAt: Date;
}

export type ParsedTripEvent =
  | { readonly ok: true; readonly event: TripEvent }
  /** `eventId` is kept when it could be read, so a replay of the same bad event is recognised. */
  | { readonly ok: false; readonly reason: string; readonly eventId?: string };

const EVENT_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const DIRECTIONS: readonly Direction[] = ['N', 'S', 'E', 'W'];
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
/** The largest class a smallint column and any real vehicle allow. */
const MAX_VEHICLE_CLASS = 99;
const MAX_TEXT = 200;

class FormatError extends Error {}

export function parseTripEvent(value: Buffer | string): ParsedTripEvent {
  let json: unknown;
  try {
    json = JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  if (!isObject(json)) return { ok: false, reason: 'not a JSON object' };
  const eventId = typeof json['eventId'] === 'string' ? json['eventId'] : undefined;
  const knownId = eventId !== undefined && EVENT_ID.test(eventId) ? eventId : undefined;
  try {
    return { ok: true, event: readTripV1(json) };
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return { ok: false, reason: error.message, ...(knownId ? { eventId: knownId } : {}) };
  }
}

function readTripV1(json: Record<string, unknown>): TripEvent {
  if (json['schema'] !== 'trip.v1') {
    throw new FormatError(`unknown schema ${JSON.stringify(json['schema'] ?? null)}`);
  }
  const eventId = text(json, 'eventId');
  if (!EVENT_ID.test(eventId)) throw new FormatError('eventId must be 1-64 of [A-Za-z0-9._:-]');
  const direction = text(json, 'direction');
  if (!(DIRECTIONS as readonly string[]).includes(direction)) {
    throw new FormatError('direction must be N, S, E or W');
  }
  const vehicleClass = json['vehicleClass'];
  if (
    typeof vehicleClass !== 'number' ||
    !Number.isInteger(vehicleClass) ||
    vehicleClass < 1 ||
    vehicleClass > MAX_VEHICLE_CLASS
  ) {
    throw new FormatError(`vehicleClass must be an integer from 1 to ${MAX_VEHICLE_CLASS}`);
  }
  const tagId = optionalText(json, 'tagId');
  const plate = plateRead(json['plate']);
  return {
    eventId,
    deviceId: text(json, 'deviceId'),
    plazaId: text(json, 'plazaId'),
    laneId: text(json, 'laneId'),
    direction: direction as Direction,
    occurredAt: instant(json, 'occurredAt'),
    receivedAt: instant(json, 'receivedAt'),
    vehicleClass,
    imageKeys: imageKeys(json['imageKeys']),
    ...(tagId !== undefined ? { tagId } : {}),
    ...(plate !== undefined ? { plate } : {}),
  };
}

function plateRead(value: unknown): PlateRead | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new FormatError('plate must be an object');
  const confidence = value['confidence'];
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) {
    throw new FormatError('plate.confidence must be a number from 0 to 1');
  }
  return {
    jurisdiction: text(value, 'jurisdiction', 'plate.jurisdiction'),
    text: text(value, 'text', 'plate.text'),
    confidence,
  };
}

function imageKeys(value: unknown): string[] {
  if (!Array.isArray(value)) throw new FormatError('imageKeys must be an array of strings');
  for (const key of value) {
    if (typeof key !== 'string' || key.length === 0 || key.length > 1024) {
      throw new FormatError('imageKeys must be an array of strings');
    }
  }
  return value as string[];
}

function text(object: Record<string, unknown>, field: string, name = field): string {
  const value = object[field];
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TEXT) {
    throw new FormatError(`${name} is required (a string of 1-${MAX_TEXT} characters)`);
  }
  return value;
}

function optionalText(object: Record<string, unknown>, field: string): string | undefined {
  const value = object[field];
  if (value === undefined || value === null || value === '') return undefined;
  return text(object, field);
}

function instant(object: Record<string, unknown>, field: string): Date {
  const value = object[field];
  const at = typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : null;
  if (at === null || Number.isNaN(at.getTime())) {
    throw new FormatError(`${field} must be an ISO 8601 instant`);
  }
  return at;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
