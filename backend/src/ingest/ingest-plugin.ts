import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { Database } from '../adapters/database/database.ts';
import type { EventLog } from '../adapters/event-log/event-log.ts';
import { ErrorResponse } from '../platform/errors.ts';
import {
  DeviceAuthenticator,
  parseDeviceAuthorization,
  type AuthenticatedDevice,
  type DeviceCheck,
} from './device-credentials.ts';
import { evaluateBatch, INGEST_DISPOSITIONS, UnparseableLine } from './trip-batch.ts';

/** The topic every accepted read goes to (docs/events.md). */
export const RAW_TRIPS_TOPIC = 'trips.raw';

export interface IngestOptions {
  database: Database;
  eventLog: EventLog;
  /** Most events one request may carry. */
  maxBatchSize?: number;
  /** How long to wait for the log before answering 503. */
  appendTimeoutMs?: number;
  /** Seconds a device is told to wait before retrying after a 503. */
  retryAfterSeconds?: number;
  /** How long a device row (and its verified secret) is cached. */
  deviceCacheTtlMs?: number;
  /** Where accepted reads go (tests use their own topic). */
  topic?: string;
  now?: () => Date;
}

const IngestResponse = Type.Object(
  {
    counts: Type.Object(
      Object.fromEntries(INGEST_DISPOSITIONS.map((name) => [name, Type.Integer()])),
    ),
    results: Type.Array(
      Type.Object({
        index: Type.Integer(),
        eventId: Type.Union([Type.String(), Type.Null()]),
        disposition: Type.Union(INGEST_DISPOSITIONS.map((name) => Type.Literal(name))),
        reason: Type.Optional(Type.String()),
      }),
    ),
  },
  { title: 'IngestResponse' },
);

declare module 'fastify' {
  interface FastifyRequest {
    /** The roadside device that sent a batch (ingest routes only). */
    device?: AuthenticatedDevice;
  }
}

class LogUnavailable extends Error {}

/**
 * `POST /ingest/v1/trips`: a batch of trip.v1 events (JSON array, or NDJSON) from an
 * authenticated roadside device, answered per event. The answer is sent only after the log has
 * durably appended every accepted event in one call; if it cannot, the device gets 503 with
 * Retry-After and nothing is acknowledged. Register it encapsulated (not through fastify-plugin)
 * so its NDJSON parser and device authentication stay inside it; the BFF registers it in embedded
 * mode, `ingest/server.ts` runs it as its own process.
 */
export async function ingestPlugin(app: FastifyInstance, options: IngestOptions): Promise<void> {
  const maxBatchSize = options.maxBatchSize ?? 1000;
  const appendTimeoutMs = options.appendTimeoutMs ?? 5000;
  const retryAfter = String(options.retryAfterSeconds ?? 2);
  const topic = options.topic ?? RAW_TRIPS_TOPIC;
  const now = options.now ?? (() => new Date());
  const devices = new DeviceAuthenticator(options.database, { ttlMs: options.deviceCacheTtlMs });
  app.addHook('onClose', async () => devices.dispose());
  app.decorateRequest('device', undefined);
  const unavailable = (reply: FastifyReply, message: string) =>
    reply
      .code(503)
      .header('retry-after', retryAfter)
      .send({ code: 'BEAUS_ERR_UNAVAILABLE', message });
  // A trip event is a few hundred bytes; allow 2 kB each so a full batch always fits.
  const bodyLimit = maxBatchSize * 2048;

  app.addContentTypeParser(
    'application/x-ndjson',
    { parseAs: 'string', bodyLimit },
    (_request, body, done) => done(null, parseNdjson(String(body))),
  );

  app.post(
    '/ingest/v1/trips',
    {
      bodyLimit,
      // Devices authenticate with their own credential, checked by this plugin, not by JWT.
      config: { roles: 'device' },
      onRequest: (request, reply) => authenticate(request, reply),
      schema: {
        tags: ['ingest'],
        operationId: 'ingestTrips',
        summary: 'Send a batch of trip.v1 events from a roadside device',
        body: Type.Array(Type.Unknown(), { maxItems: maxBatchSize }),
        response: {
          200: IngestResponse,
          400: ErrorResponse,
          401: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const device = request.device as AuthenticatedDevice;
      const traceparent = request.headers['traceparent'];
      const batch = evaluateBatch(request.body as unknown[], {
        deviceName: device.name,
        receivedAt: now(),
        traceparent: typeof traceparent === 'string' ? traceparent : undefined,
      });
      try {
        await appendWithin(options.eventLog, topic, batch, appendTimeoutMs);
      } catch (error) {
        request.log.warn({ err: error, device: device.name }, 'event log did not take the batch');
        return unavailable(
          reply,
          'Trips cannot be recorded now; nothing was accepted. Retry later.',
        );
      }
      return { counts: batch.counts, results: batch.results };
    },
  );

  async function authenticate(request: FastifyRequest, reply: FastifyReply) {
    const credentials = parseDeviceAuthorization(request.headers.authorization);
    let check: DeviceCheck | null = null;
    try {
      check = credentials ? await devices.check(credentials.name, credentials.secret) : null;
    } catch (error) {
      // The device table is unreachable: the device is not wrong, so tell it to come back.
      request.log.warn({ err: error }, 'device check failed');
      return unavailable(reply, 'Devices cannot be checked right now. Retry later.');
    }
    if (check?.ok) {
      request.device = check.device;
      return;
    }
    request.log.info({ reason: check?.reason ?? 'no_credentials' }, 'device refused');
    return reply.code(401).header('www-authenticate', 'Basic realm="beaus-ingest"').send({
      code: 'BEAUS_ERR_UNAUTHENTICATED',
      message: 'Send the device credential (Basic device:secret or Bearer device key).',
    });
  }
}

/** Resolves when the log holds every record; rejects on failure or after `timeoutMs`. */
async function appendWithin(
  log: EventLog,
  topic: string,
  batch: ReturnType<typeof evaluateBatch>,
  timeoutMs: number,
): Promise<void> {
  if (batch.records.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new LogUnavailable(`append took over ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    // A late append may still land after the 503: the device's retry is then posted once by
    // the database's unique event id, so answering "not accepted" is safe; the reverse is not.
    await Promise.race([log.append(topic, batch.records), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** One event per line; blank lines are skipped, a line that is not JSON is a format error. */
function parseNdjson(text: string): unknown[] {
  const items: unknown[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      items.push(JSON.parse(line));
    } catch {
      items.push(new UnparseableLine('line is not valid JSON'));
    }
  }
  return items;
}
