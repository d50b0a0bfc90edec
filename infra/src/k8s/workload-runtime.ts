import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IProbe } from 'kubernetes-models/v1/Probe';
import {
  BFF_HEALTH_PATH,
  BFF_PORT,
  INGEST_HEALTH_PATH,
  INGEST_PORT,
} from '../compute/load-balancers.ts';
import type { WorkloadName } from '../config/stage-props.ts';

/**
 * How each service runs in the scaled posture, matched to the backend's own entry points:
 * - bff (`src/server.ts`): PORT, GET /api/health. PIPELINE=off and SIMULATOR_RATE=0, because
 *   the ingest and stream Deployments own the pipeline; the defaults (in-process, 2) are for
 *   the embedded single-process posture.
 * - ingest (`src/ingest/server.ts`): INGEST_PORT, GET /ingest/health.
 * - stream (`src/stream/server.ts`): no HTTP listener at all, so its probes are exec probes.
 */
export const SERVICE_PORTS = { bff: BFF_PORT, ingest: INGEST_PORT } as const;
export type ServedWorkload = keyof typeof SERVICE_PORTS;

const WORKLOAD_ENV: Readonly<Record<WorkloadName, IEnvVar[]>> = {
  bff: [
    { name: 'PORT', value: String(BFF_PORT) },
    { name: 'PIPELINE', value: 'off' },
    { name: 'SIMULATOR_RATE', value: '0' },
  ],
  ingest: [{ name: 'INGEST_PORT', value: String(INGEST_PORT) }],
  stream: [],
};

type Probes = Pick<IContainer, 'startupProbe' | 'readinessProbe' | 'livenessProbe'>;

/**
 * HTTP services: readiness asks the health route, which answers 503 while Kafka or the database
 * is unreachable, so the load balancer stops sending work; liveness only checks that the
 * process still accepts connections, so a dependency outage takes pods out of rotation instead
 * of restarting every replica at once.
 */
function httpProbes(path: string): Probes {
  const ready: IProbe = { httpGet: { path, port: 'http' }, periodSeconds: 10 };
  return {
    startupProbe: { ...ready, periodSeconds: 2, failureThreshold: 30 },
    readinessProbe: { ...ready, failureThreshold: 2 },
    livenessProbe: { tcpSocket: { port: 'http' }, periodSeconds: 10, failureThreshold: 3 },
  };
}

/** Hex port as it appears in /proc/net/tcp{,6} ("0A000001:238A 01" = established to :9098). */
function procNetPort(port: number): string {
  return port.toString(16).toUpperCase().padStart(4, '0');
}

/** Port of the first bootstrap broker (the MSK IAM listener is 9098). */
export function kafkaPort(bootstrapBrokers: string): number {
  const port = Number(/:(\d+)(?:,|$)/.exec(bootstrapBrokers)?.[1]);
  return Number.isInteger(port) && port > 0 ? port : 9098;
}

/**
 * The stream processor serves nothing; its loops retry failures with backoff, and the process
 * exits (and the kubelet restarts it) only when start-up fails. What distinguishes a working
 * processor is that it holds a session with the brokers (group heartbeats run every few
 * seconds), so the exec probe checks the pod's network table for an established TCP connection to the Kafka port. BusyBox
 * `sh`/`grep` are in the Alpine image; no extra binary, no listener.
 */
export function streamProbes(bootstrapBrokers: string): Probes {
  const established = `:${procNetPort(kafkaPort(bootstrapBrokers))} 01 `;
  const exec = {
    command: ['sh', '-c', `grep -q '${established}' /proc/net/tcp /proc/net/tcp6`],
  };
  return {
    // Migrations and the projection-cache rebuild run before the first poll: allow 5 minutes.
    startupProbe: { exec, periodSeconds: 5, failureThreshold: 60 },
    readinessProbe: { exec, periodSeconds: 15, failureThreshold: 2 },
    // Three minutes without any broker connection: restart (a broker roll takes less).
    livenessProbe: { exec, periodSeconds: 30, failureThreshold: 6, timeoutSeconds: 5 },
  };
}

/** Environment, ports and probes of one workload's container. */
export function workloadRuntime(
  workload: WorkloadName,
  bootstrapBrokers: string,
): Pick<IContainer, 'env' | 'ports'> & Probes {
  const env = WORKLOAD_ENV[workload];
  if (workload === 'stream') return { env, ...streamProbes(bootstrapBrokers) };
  const path = workload === 'bff' ? BFF_HEALTH_PATH : INGEST_HEALTH_PATH;
  return {
    env,
    ports: [{ name: 'http', containerPort: SERVICE_PORTS[workload] }],
    ...httpProbes(path),
  };
}
