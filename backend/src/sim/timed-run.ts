/**
 * The CLI's `--at` mode: turns the command-line flags into one batch of timed trips, sends it as
 * the device, and prints the gateway's counts and per-event results. Returns the exit code.
 */
import type { TripEventV1 } from '../ingest/trip-event-schema.ts';
import { parsePlate, sendAsDevice, timedTrips } from './timed-trips.ts';

export interface TimedFlags {
  url: string;
  secret: string;
  at: string;
  device?: string;
  plaza?: string;
  lane?: string;
  direction: string;
  count: string;
  /** Seconds between consecutive trips of the batch. */
  spacing: string;
  class: string;
  tag?: string;
  plate?: string;
}

/** The processor's tolerance for a device clock running ahead (stream maxFutureSkewSeconds). */
const futureSkewWarningMs = 300_000;

const directions = ['N', 'S', 'E', 'W'] as const;

function required(value: string | undefined, flag: string): string {
  if (!value)
    throw new Error(`--at needs --${flag} (the device's lane is not read from the database)`);
  return value;
}

function isDirection(value: string): value is TripEventV1['direction'] {
  return (directions as readonly string[]).includes(value);
}

/** Sends the trips; 0 when every event was accepted, 1 when the gateway refused any. */
export async function sendTimedTrips(
  flags: TimedFlags,
  print: (line: string) => void,
  post: typeof fetch = fetch,
): Promise<number> {
  const direction = flags.direction.toUpperCase();
  if (!isDirection(direction)) throw new Error('--direction must be N, S, E or W');
  if (!flags.tag && !flags.plate) throw new Error('--at needs --tag or --plate (who passed)');
  const device = required(flags.device, 'device');
  const trips = timedTrips({
    device,
    plazaCode: required(flags.plaza, 'plaza'),
    laneCode: required(flags.lane, 'lane'),
    direction,
    at: new Date(flags.at),
    count: Number(flags.count),
    spacingMs: Number(flags.spacing) * 1000,
    vehicleClass: Number(flags.class),
    ...(flags.tag ? { tagId: flags.tag } : {}),
    ...(flags.plate ? { plate: parsePlate(flags.plate) } : {}),
    runId: Date.now().toString(36),
  });
  const ahead = new Date(flags.at).getTime() - Date.now();
  if (ahead > futureSkewWarningMs) {
    // The gateway accepts it, but the processor will not believe a clock that far ahead.
    print('sim: warning: --at is over 5 minutes ahead; the processor will mark it invalid');
  }
  const answer = await sendAsDevice(flags.url, device, flags.secret, trips, post);
  print(`sim: POST ${flags.url}/ingest/v1/trips → ${answer.status}`);
  const body = answer.body as { counts?: Record<string, number>; results?: unknown[] } | string;
  if (typeof body === 'string' || !body.results) {
    print(typeof body === 'string' ? body : JSON.stringify(body));
    return 1;
  }
  print(`sim: counts ${JSON.stringify(body.counts ?? {})}`);
  body.results.forEach((result, index) => {
    print(`sim: ${trips[index]?.occurredAt ?? '?'} ${JSON.stringify(result)}`);
  });
  const accepted = body.counts?.['accepted'] ?? 0;
  return answer.status === 200 && accepted === trips.length ? 0 : 1;
}
