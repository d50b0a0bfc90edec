import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cache } from '../adapters/cache/cache.ts';
import { createMemoryCache } from '../adapters/cache/memory-cache.ts';
import { createRedisCache } from '../adapters/cache/redis-cache.ts';
import { createDatabase } from '../adapters/database/create-database.ts';
import type { Database } from '../adapters/database/database.ts';
import type { EventLog } from '../adapters/event-log/event-log.ts';
import { createEventLog, type EventLogSetup } from '../adapters/event-log/create-event-log.ts';
import { openLocalIdentityProvider } from '../adapters/identity/local-identity-provider.ts';
import {
  createCognitoVerifier,
  createLocalJwksVerifier,
} from '../adapters/identity/token-verifier.ts';
import { createFsObjectStore } from '../adapters/object-store/fs-object-store.ts';
import type { ObjectStore } from '../adapters/object-store/object-store.ts';
import { createS3ObjectStore } from '../adapters/object-store/s3-object-store.ts';
import type { Config } from '../config/config.ts';
import { tripTopics } from '../stream/outcome-records.ts';
import type { AppDeps, IdentityServices } from './app-types.ts';

export type Adapters = Omit<AppDeps, 'config' | 'logger'>;

export interface AdapterOptions {
  /** Keep PGlite in memory and skip the data folder (print-openapi, tests). */
  inMemory?: boolean;
  /** Trip topic names on the event log (default: without TRIP_TOPIC_SUFFIX). */
  tripTopics?: EventLogSetup['tripTopics'];
  /** Where the event log reports topic creation and consumer-group changes. */
  logger?: EventLogSetup['logger'];
}

/** Builds each adapter from configuration only: real services when set, embedded otherwise. */
export async function createAdapters(
  config: Config,
  options: AdapterOptions = {},
): Promise<Adapters> {
  const dataDir = options.inMemory ? undefined : config.dataDir;
  const database: Database = await createDatabase({
    databaseUrl: config.databaseUrl ?? undefined,
    dataDir,
  });
  try {
    const cache: Cache = config.redisUrl
      ? await createRedisCache(config.redisUrl)
      : createMemoryCache();
    const objectStore: ObjectStore = config.s3
      ? createS3ObjectStore(config.s3)
      : await createFsObjectStore(
          dataDir ? join(dataDir, 'objects') : join(tmpdir(), 'beaus-objects'),
        );
    const eventLog: EventLog = await createEventLog(config, database, {
      tripTopics: options.tripTopics ?? tripTopics,
      logger: options.logger,
    });
    const identity = await createIdentity(config, dataDir ?? null);
    return { database, cache, objectStore, eventLog, identity };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function createIdentity(config: Config, dataDir: string | null): Promise<IdentityServices> {
  if (config.cognito) {
    return { verifier: createCognitoVerifier(config.cognito), localProvider: null };
  }
  const localProvider = await openLocalIdentityProvider(dataDir);
  const verifier = createLocalJwksVerifier({
    jwks: localProvider.jwks(),
    issuer: localProvider.issuer,
    audience: localProvider.audience,
  });
  return { verifier, localProvider };
}

/** Closes in reverse order of dependence; the database last, since the event log uses it. */
export async function closeAdapters(adapters: Adapters): Promise<void> {
  await Promise.allSettled([
    adapters.eventLog.close(),
    adapters.cache.close(),
    adapters.objectStore.close(),
  ]);
  await adapters.database.close();
}
