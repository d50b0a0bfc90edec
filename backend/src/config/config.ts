import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Static } from 'typebox';
import { Value } from 'typebox/value';
import { EnvironmentSchema, variableSchema, type EnvironmentVariable } from './config-schema.ts';
import { kafkaProblems, toKafkaSettings, type KafkaSettings } from './kafka-config.ts';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Validated configuration: built once at boot, then passed to whatever needs it. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: LogLevel;
  /** Unset → embedded PGlite in `dataDir/pglite`. */
  databaseUrl: string | null;
  /** Unset → in-memory cache. */
  redisUrl: string | null;
  /** Unset → local folder `dataDir/objects`. */
  s3: { bucket: string; region: string | null; endpoint: string | null } | null;
  /** Unset → e-mail is written to the outbox folder `dataDir/outbox`; set → sent through SES. */
  sesFromAddress: string | null;
  /** Unset → Postgres-table event log. */
  kafkaBrokers: string[] | null;
  /** Topic creation, TLS and SASL for the brokers (read only when `kafkaBrokers` is set). */
  kafka: KafkaSettings;
  /** Unset → the built-in local identity provider. */
  cognito: { userPoolId: string; clientId: string; region: string } | null;
  appsDir: string;
  seed: 'demo' | 'none';
  /** `in-process`: the BFF also serves ingest and runs the stream processors (embedded posture). */
  pipeline: 'in-process' | 'off';
  /** Simulated roadside passages per second sent through the ingest API; 0 = no simulator. */
  simulatorRate: number;
  environmentName: string;
}

/** Lists every bad variable at once so an operator fixes them in one go. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const variableNames = Object.keys(EnvironmentSchema.properties) as EnvironmentVariable[];
const cognitoVariables = ['COGNITO_USER_POOL_ID', 'COGNITO_CLIENT_ID', 'COGNITO_REGION'] as const;

/** Reads and validates the environment; throws ConfigError naming each bad variable and why. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = pickSetVariables(env);
  const candidate = Value.Default(EnvironmentSchema, convertIntegers(raw)) as Record<
    string,
    unknown
  >;
  const problems = [...describeProblems(raw, candidate), ...kafkaProblems(candidate)];
  const cognitoSet = cognitoVariables.filter((name) => raw[name] !== undefined);
  if (cognitoSet.length > 0 && cognitoSet.length < cognitoVariables.length) {
    for (const name of cognitoVariables.filter((name) => raw[name] === undefined)) {
      problems.push(`${name} is missing: set all of ${cognitoVariables.join(', ')} or none`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return toConfig(candidate as Static<typeof EnvironmentSchema>);
}

/** Empty strings count as unset, as in most .env tooling. */
function pickSetVariables(env: NodeJS.ProcessEnv): Partial<Record<EnvironmentVariable, string>> {
  const raw: Partial<Record<EnvironmentVariable, string>> = {};
  for (const name of variableNames) {
    const value = env[name]?.trim();
    if (value) raw[name] = value;
  }
  return raw;
}

/** Only whole digit strings become integers: TypeBox's Convert would quietly turn "8.5" into 8. */
function convertIntegers(
  raw: Partial<Record<EnvironmentVariable, string>>,
): Record<string, unknown> {
  const converted: Record<string, unknown> = { ...raw };
  for (const name of variableNames) {
    const value = raw[name];
    const isInteger = variableSchema(name).type === 'integer';
    if (isInteger && value !== undefined && /^\d+$/.test(value)) converted[name] = Number(value);
  }
  return converted;
}

/** Checks variable by variable so one bad value never hides another. */
function describeProblems(
  raw: Partial<Record<EnvironmentVariable, string>>,
  candidate: Record<string, unknown>,
): string[] {
  return variableNames
    .filter((name) => !Value.Check(EnvironmentSchema.properties[name], candidate[name]))
    .filter((name) => candidate[name] !== undefined || raw[name] !== undefined)
    .map((name) => {
      const why = variableSchema(name).description ?? 'is invalid';
      return `${name} ${why} (got ${JSON.stringify(raw[name] ?? '')})`;
    });
}

function toConfig(env: Static<typeof EnvironmentSchema>): Config {
  const dataDir = resolve(env.DATA_DIR ?? resolve(repositoryRoot, 'data'));
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir,
    logLevel: env.LOG_LEVEL,
    databaseUrl: env.DATABASE_URL ?? null,
    redisUrl: env.REDIS_URL ?? null,
    s3: env.S3_BUCKET
      ? { bucket: env.S3_BUCKET, region: env.S3_REGION ?? null, endpoint: env.S3_ENDPOINT ?? null }
      : null,
    sesFromAddress: env.SES_FROM_ADDRESS ?? null,
    kafkaBrokers: env.KAFKA_BROKERS ? env.KAFKA_BROKERS.split(',') : null,
    kafka: toKafkaSettings(env),
    cognito:
      env.COGNITO_USER_POOL_ID && env.COGNITO_CLIENT_ID && env.COGNITO_REGION
        ? {
            userPoolId: env.COGNITO_USER_POOL_ID,
            clientId: env.COGNITO_CLIENT_ID,
            region: env.COGNITO_REGION,
          }
        : null,
    appsDir: resolve(env.APPS_DIR ?? resolve(repositoryRoot, 'dist')),
    seed: env.SEED,
    pipeline: env.PIPELINE,
    simulatorRate: env.SIMULATOR_RATE,
    environmentName: env.ENVIRONMENT_NAME,
  };
}
