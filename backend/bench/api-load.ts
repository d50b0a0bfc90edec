/**
 * The load side of the API benchmark, run in a worker thread so it has its own event loop: an
 * open-loop driver that starts one unit of work every 1/rate seconds whatever the server does
 * (a closed loop would slow down with the server and hide its queueing). A unit is one or more
 * GETs sent together (the account view is its header and first trips page); its latency runs
 * from the moment it was due to start to its last response, so a client that falls behind
 * counts against the server, not in its favour.
 */
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface ApiLoadOptions {
  origin: string;
  authorization: string;
  /** Each unit is a list of paths fetched concurrently; units are used round-robin. */
  units: string[][];
  rate: number;
  warmupMs: number;
  durationMs: number;
  /** Units still open beyond this are not started: counted as dropped, so the run stays finite. */
  maxInFlight: number;
}

export interface ApiLoadResult {
  /** Latency of each measured unit that succeeded, in ms. */
  latenciesMs: number[];
  /** Units due in the measured window. */
  scheduled: number;
  /**
   * Measured units that completed with every response 2xx. Every unit due is waited for, so
   * over the window's length this is the rate served; falling behind shows in the latencies.
   */
  completed: number;
  errors: number;
  dropped: number;
  statusCounts: Record<string, number>;
}

function get(agent: Agent, options: ApiLoadOptions, path: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      `${options.origin}${path}`,
      { agent, headers: { authorization: options.authorization, accept: 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.on('error', () => resolve(0));
    req.end();
  });
}

async function run(options: ApiLoadOptions): Promise<ApiLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const result: ApiLoadResult = {
    latenciesMs: [],
    scheduled: 0,
    completed: 0,
    errors: 0,
    dropped: 0,
    statusCounts: {},
  };
  const intervalMs = 1000 / options.rate;
  const started = performance.now();
  const measureFrom = started + options.warmupMs;
  const end = measureFrom + options.durationMs;
  let inFlight = 0;
  let index = 0;
  const open = new Set<Promise<void>>();

  const startUnit = (dueAt: number) => {
    const measured = dueAt >= measureFrom;
    if (measured) result.scheduled += 1;
    const paths = options.units[index++ % options.units.length] as string[];
    if (inFlight >= options.maxInFlight) {
      if (measured) result.dropped += 1;
      return;
    }
    inFlight += 1;
    const unit = Promise.all(paths.map((path) => get(agent, options, path))).then((statuses) => {
      inFlight -= 1;
      open.delete(unit);
      if (!measured) return;
      const done = performance.now();
      for (const status of statuses) {
        result.statusCounts[status] = (result.statusCounts[status] ?? 0) + 1;
      }
      if (statuses.every((status) => status >= 200 && status < 300)) {
        result.completed += 1;
        result.latenciesMs.push(done - dueAt);
      } else {
        result.errors += 1;
      }
    });
    open.add(unit);
  };

  await new Promise<void>((finished) => {
    let due = started;
    // Timers fire late by a millisecond or so: each tick starts every unit that has come due.
    const tick = () => {
      const now = performance.now();
      while (due <= now && due < end) {
        startUnit(due);
        due += intervalMs;
      }
      if (due < end) setTimeout(tick, Math.max(0, Math.min(1, due - now)));
      else finished();
    };
    tick();
  });
  await Promise.all([...open]);
  agent.destroy();
  return result;
}

if (parentPort) {
  const port = parentPort;
  void run(workerData as ApiLoadOptions).then((result) => port.postMessage(result));
}
