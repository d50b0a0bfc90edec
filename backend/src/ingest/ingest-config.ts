import { ConfigError, loadConfig, type Config } from '../config/config.ts';

/** The gateway's own variables; the shared ones (DATABASE_URL, KAFKA_BROKERS …) come from Config. */
const ranges = {
  INGEST_PORT: { minimum: 1, maximum: 65535, default: 8090 },
  INGEST_MAX_BATCH: { minimum: 1, maximum: 10_000, default: 1000 },
  INGEST_APPEND_TIMEOUT_MS: { minimum: 100, maximum: 60_000, default: 5000 },
  INGEST_DEVICE_CACHE_TTL_MS: { minimum: 0, maximum: 600_000, default: 30_000 },
} as const;
type IngestVariable = keyof typeof ranges;

export interface IngestConfig {
  shared: Config;
  port: number;
  maxBatchSize: number;
  appendTimeoutMs: number;
  deviceCacheTtlMs: number;
  /** TRIP_TOPIC_SUFFIX: appended to trips.raw, as the stream processor does (fault tests). */
  topicSuffix: string;
}

/** Reads and validates the gateway's configuration; throws ConfigError naming each bad variable. */
export function loadIngestConfig(env: NodeJS.ProcessEnv = process.env): IngestConfig {
  const problems: string[] = [];
  let shared: Config | null = null;
  try {
    shared = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  const ingest = {} as Record<IngestVariable, number>;
  for (const name of Object.keys(ranges) as IngestVariable[]) {
    const { minimum, maximum } = ranges[name];
    const raw = env[name]?.trim();
    const value = raw ? Number(raw) : ranges[name].default;
    if (Number.isInteger(value) && value >= minimum && value <= maximum) ingest[name] = value;
    else
      problems.push(`${name} must be a whole number from ${minimum} to ${maximum} (got "${raw}")`);
  }
  const topicSuffix = env['TRIP_TOPIC_SUFFIX']?.trim() ?? '';
  if (!/^[A-Za-z0-9._-]{0,100}$/.test(topicSuffix)) {
    problems.push(`TRIP_TOPIC_SUFFIX may hold only letters, digits, '.', '_' and '-'`);
  }
  if (problems.length > 0 || !shared) throw new ConfigError(problems);
  return {
    shared,
    port: ingest.INGEST_PORT,
    maxBatchSize: ingest.INGEST_MAX_BATCH,
    appendTimeoutMs: ingest.INGEST_APPEND_TIMEOUT_MS,
    deviceCacheTtlMs: ingest.INGEST_DEVICE_CACHE_TTL_MS,
    topicSuffix,
  };
}
