/**
 * The load side of the ingest benchmark, run in a worker thread so it has its own core: keeps
 * `connections` keep-alive connections busy posting pre-built batches for `durationMs`, and
 * reports each batch's acknowledgement latency.
 */
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface LoadOptions {
  url: string;
  authorization: string;
  bodies: string[];
  connections: number;
  durationMs: number;
}

export interface LoadResult {
  latenciesMs: number[];
  failures: number;
  statusCounts: Record<string, number>;
  elapsedMs: number;
}

function post(agent: Agent, options: LoadOptions, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      options.url,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: options.authorization,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function run(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latenciesMs: number[] = [];
  const statusCounts: Record<string, number> = {};
  let failures = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  let next = 0;
  const lane = async () => {
    while (performance.now() < deadline) {
      const body = options.bodies[next++ % options.bodies.length];
      const sent = performance.now();
      try {
        const status = await post(agent, options, body);
        statusCounts[status] = (statusCounts[status] ?? 0) + 1;
        if (status === 200) latenciesMs.push(performance.now() - sent);
        else failures += 1;
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, lane));
  agent.destroy();
  return { latenciesMs, failures, statusCounts, elapsedMs: performance.now() - started };
}

if (parentPort) {
  const port = parentPort;
  run(workerData as LoadOptions).then((result) => port.postMessage(result));
}
