/**
 * Trips stamped with a chosen time, sent by one device through the real ingest API. This is how
 * a person checks an effective-dated change against a running `npm start`: the CLI needs only
 * the gateway's URL and the device credential, never the database (embedded PGlite has a single
 * owner, the server).
 */
import type { TripEventV1 } from '../ingest/trip-event-schema.ts';

export interface TimedTripsRequest {
  /** The roadside device's name (it authenticates as this device). */
  device: string;
  plazaCode: string;
  laneCode: string;
  direction: TripEventV1['direction'];
  /** The first trip's occurredAt; each further trip comes `spacingMs` later. */
  at: Date;
  count: number;
  spacingMs: number;
  vehicleClass: number;
  tagId?: string;
  plate?: { jurisdiction: string; text: string };
  /** Makes event ids unique per run (default: the wall clock), so a rerun is not a duplicate. */
  runId: string;
}

/** `JUR:NUM` (e.g. `NC:ABC1234`) as the plate a camera read with full confidence. */
export function parsePlate(text: string): { jurisdiction: string; text: string } {
  const match = /^([A-Za-z]{1,8}):(\S{1,16})$/.exec(text.trim());
  if (!match) throw new Error(`--plate must look like JUR:NUMBER (e.g. NC:ABC1234), not '${text}'`);
  return { jurisdiction: match[1].toUpperCase(), text: match[2] };
}

/** The batch of trip.v1 events, one per passage, with event ids the device would give them. */
export function timedTrips(request: TimedTripsRequest): TripEventV1[] {
  if (!(request.count >= 1 && request.count <= 500)) throw new Error('--count must be 1 to 500');
  if (Number.isNaN(request.at.getTime())) throw new Error('--at must be an ISO date-time');
  return Array.from({ length: request.count }, (_, index) => ({
    schema: 'trip.v1' as const,
    eventId: `${request.device}-at-${request.runId}-${index + 1}`.slice(0, 64),
    deviceId: request.device,
    plazaId: request.plazaCode,
    laneId: request.laneCode,
    direction: request.direction,
    occurredAt: new Date(request.at.getTime() + index * request.spacingMs).toISOString(),
    ...(request.tagId ? { tagId: request.tagId } : {}),
    ...(request.plate ? { plate: { ...request.plate, confidence: 0.99 } } : {}),
    vehicleClass: request.vehicleClass,
    imageKeys: [],
  }));
}

/** What the gateway answered: its counts by disposition and one result per event. */
export interface GatewayAnswer {
  status: number;
  body: unknown;
}

/** Posts one batch as the device (Basic device:secret), returning the gateway's answer as is. */
export async function sendAsDevice(
  ingestUrl: string,
  device: string,
  secret: string,
  trips: readonly TripEventV1[],
  post: typeof fetch = fetch,
): Promise<GatewayAnswer> {
  const response = await post(`${ingestUrl.replace(/\/$/, '')}/ingest/v1/trips`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${device}:${secret}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(trips),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // A proxy's HTML error page: show it as text.
  }
  return { status: response.status, body };
}
