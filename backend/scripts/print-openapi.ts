/**
 * Prints the OpenAPI 3 document of the BFF to stdout, for the typed client generator:
 * `npm run openapi -w backend > projects/shared/openapi.json`. Builds the app on an in-memory
 * database; no server, no data folder.
 */
import pino from 'pino';
import { loadConfig } from '../src/config/config.ts';
import { buildApp } from '../src/platform/app.ts';
import { closeAdapters, createAdapters } from '../src/platform/create-adapters.ts';

// The document must not depend on the caller's environment (e.g. a Cognito pool being set).
const config = loadConfig({ LOG_LEVEL: 'silent', SEED: 'none' });
const adapters = await createAdapters(config, { inMemory: true });
const app = await buildApp({ ...adapters, config, logger: pino({ level: 'silent' }) });
await app.ready();
process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await closeAdapters(adapters);
