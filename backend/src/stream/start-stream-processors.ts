/**
 * Starts the stream processors of one process: as their own process (stream/server.ts, the
 * scaled posture) or inside the BFF (embedded posture, `npm start`).
 *
 * Scaling: on Kafka every loop is a member of one consumer group, so partitions of trips.raw
 * spread over loops and processes; each loop needs its own consumer, hence `openConsumerLog`
 * for the loops after the first. On the Postgres-table log (one partition) a single active
 * consumer per group is the design: more loops would only poll the same records, so it runs one.
 */
import type { EventLog } from '../adapters/event-log/event-log.ts';
import { defaultLoopOptions, startProcessorLoop } from './processor-loop.ts';
import type { ProcessorLoop, ProcessorLoopDeps, ProcessorLoopOptions } from './processor-loop.ts';
import { rebuildProjections, rebuildWindowMs } from './projection-cache.ts';

export interface StreamProcessorSettings {
  /** Loops in this process (default 1). */
  readonly consumers?: number;
  /** A fresh consumer per extra loop (Kafka); without it the process runs one loop. */
  readonly openConsumerLog?: () => Promise<EventLog>;
  readonly loop?: Partial<ProcessorLoopOptions>;
}

export interface StreamProcessors {
  readonly loops: number;
  /** Each loop finishes and commits its batch in hand, then the extra consumers are closed. */
  stop(): Promise<void>;
}

export async function startStreamProcessors(
  deps: ProcessorLoopDeps,
  settings: StreamProcessorSettings = {},
): Promise<StreamProcessors> {
  const options: ProcessorLoopOptions = { ...defaultLoopOptions, ...settings.loop };
  const wanted = Math.max(1, settings.consumers ?? 1);
  const count =
    deps.eventLog.kind === 'postgres-table' || settings.openConsumerLog === undefined ? 1 : wanted;
  if (count < wanted) {
    deps.logger.warn(
      { wanted, running: count, log: deps.eventLog.kind },
      'one consumer loop per process on this event log; scale by partitions and processes',
    );
  }
  await rebuildCache(deps);
  const extraLogs: EventLog[] = [];
  const loops: ProcessorLoop[] = [startProcessorLoop(deps, options)];
  for (let index = 1; index < count && settings.openConsumerLog; index += 1) {
    const eventLog = await settings.openConsumerLog();
    extraLogs.push(eventLog);
    loops.push(startProcessorLoop({ ...deps, eventLog }, options));
  }
  deps.logger.info({ loops: loops.length, group: options.group }, 'stream processors started');
  return {
    loops: loops.length,
    async stop() {
      await Promise.all(loops.map((loop) => loop.stop()));
      await Promise.allSettled(extraLogs.map((log) => log.close()));
    },
  };
}

/**
 * Rebuilds the dashboard cache from Postgres at every start, not only when it is empty: a start
 * may follow a crash between a batch's commit and its cache update, whose delta the replay will
 * not add again (it posts nothing new). Found by the SIGKILL fault test. Dashboards also read
 * the cache before the first batch arrives.
 */
async function rebuildCache(deps: ProcessorLoopDeps): Promise<void> {
  try {
    const to = new Date();
    const result = await rebuildProjections(deps.database, deps.cache, {
      from: new Date(to.getTime() - rebuildWindowMs),
      to,
    });
    deps.logger.info(result, 'projection cache rebuilt from Postgres');
  } catch (error) {
    deps.logger.warn({ err: error }, 'projection cache rebuild failed; the first batch retries');
  }
}
