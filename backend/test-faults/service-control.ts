/**
 * Restarts of the shared services the fault tests inflict, and the promise to leave each one
 * running afterwards whatever happened: other suites on this machine use the same servers.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createClient } from 'redis';

const run = promisify(execFile);
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const kafkaScript = resolve(repositoryRoot, 'scripts/kafka/kafka.sh');

export async function stopKafka(): Promise<void> {
  await run('bash', [kafkaScript, 'stop'], { cwd: repositoryRoot, timeout: 90_000 });
}

export async function startKafka(): Promise<void> {
  await run('bash', [kafkaScript, 'start'], { cwd: repositoryRoot, timeout: 120_000 });
}

function postgresVersion(): string {
  const [version] = readdirSync('/etc/postgresql');
  if (!version) throw new Error('no PostgreSQL cluster under /etc/postgresql');
  return version;
}

async function postgresCluster(action: 'restart' | 'start'): Promise<void> {
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', postgresVersion(), 'main', action], {
    timeout: 120_000,
  });
}

export const restartPostgres = () => postgresCluster('restart');

async function postgresReady(): Promise<boolean> {
  try {
    await run('pg_isready', ['-h', '127.0.0.1', '-p', '5432', '-q'], { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/** Empties only the suite's own Redis database (its index is in the URL). */
export async function emptyRedis(url: string): Promise<void> {
  const client = createClient({ url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.flushDb();
  } finally {
    await client.close();
  }
}

/** Starts whatever the suite may have left down; called from afterAll, so it never throws. */
export async function leaveServicesRunning(): Promise<string[]> {
  const problems: string[] = [];
  if (!(await postgresReady())) {
    await postgresCluster('start').catch((error: unknown) => problems.push(String(error)));
  }
  await startKafka().catch((error: unknown) => problems.push(String(error)));
  return problems;
}
