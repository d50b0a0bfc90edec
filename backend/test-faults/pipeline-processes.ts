/**
 * The gateway and the stream processor as real child processes (node src/…/server.ts), so a
 * fault test can SIGKILL one exactly as an orchestrator or the kernel would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const backendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface PipelineEnv {
  databaseUrl: string;
  redisUrl: string;
  kafkaBrokers: string;
  topicSuffix: string;
  group: string;
  /** A throw-away folder: the stream process opens the local identity provider's keys there. */
  dataDir: string;
  /** Each child's output is appended to `<logPrefix><name>.log` for a failure's post-mortem. */
  logPrefix: string;
}

export interface ChildService {
  readonly name: string;
  /** The last lines it wrote, for a failure message. */
  output(): string;
  /** False once it exited on its own (a crash is a finding, not something to wait out). */
  alive(): boolean;
  /** SIGKILL: no drain, no offset commit, no goodbye. */
  kill(): Promise<void>;
  /** SIGTERM and wait: the graceful path. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function environment(pipeline: PipelineEnv, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    DATABASE_URL: pipeline.databaseUrl,
    REDIS_URL: pipeline.redisUrl,
    KAFKA_BROKERS: pipeline.kafkaBrokers,
    TRIP_TOPIC_SUFFIX: pipeline.topicSuffix,
    STREAM_GROUP: pipeline.group,
    LOG_LEVEL: 'warn',
    SEED: 'none',
    DATA_DIR: pipeline.dataDir,
    // FAULT_DEBUG=plt:kafka:consumer* passes the Kafka client's debug log through to the children.
    ...(process.env['FAULT_DEBUG'] ? { DEBUG: process.env['FAULT_DEBUG'] } : {}),
    ...extra,
  };
}

function startChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
): ChildService {
  // process.execPath: the Node 24 the suite runs on (type stripping), not the system node.
  const child: ChildProcess = spawn(process.execPath, [script], {
    cwd: backendDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail = [...tail, ...chunk.toString().split('\n')].slice(-40);
    appendFileSync(logFile, chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = once(child, 'exit');
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    name,
    output: () => tail.join('\n'),
    alive: () => child.exitCode === null && child.signalCode === null,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
}

/** The gateway, resolved once /ingest/health answers (its database and log are reachable). */
export async function startIngest(pipeline: PipelineEnv, port: number): Promise<ChildService> {
  const service = startChild(
    'ingest',
    'src/ingest/server.ts',
    environment(pipeline, { INGEST_PORT: String(port), HOST: '127.0.0.1' }),
    `${pipeline.logPrefix}ingest.log`,
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/ingest/health`);
      if (response.status === 200) return service;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await service.kill();
  throw new Error(`ingest did not become healthy:\n${service.output()}`);
}

/**
 * One stream processor process with one consumer loop; small batches so a kill lands inside one
 * more often. One loop, because two loops in one process can race on the dashboard cache after
 * it is emptied (a rebuild from Postgres can include the other loop's committed batch before that
 * loop adds its delta): a known gap of the projection cache, not of posting.
 */
export function startStream(pipeline: PipelineEnv, batchSize = 500): ChildService {
  return startChild(
    'stream',
    'src/stream/server.ts',
    environment(pipeline, { STREAM_BATCH_SIZE: String(batchSize), STREAM_CONSUMERS: '1' }),
    `${pipeline.logPrefix}stream.log`,
  );
}
