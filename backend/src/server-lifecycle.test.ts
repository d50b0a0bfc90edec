import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The process as `npm start` runs it: first start migrates and seeds, a second start on the same
 * data folder reuses the data, and SIGTERM drains and exits cleanly.
 */
const serverFile = fileURLToPath(new URL('./server.ts', import.meta.url));

interface RunningServer {
  origin: string;
  output: () => string;
  stop(): Promise<number | null>;
}

function startServer(env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, [serverFile], {
    env: { ...process.env, ...env, DATABASE_URL: '', REDIS_URL: '', S3_BUCKET: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /health\s+(http:\/\/[^/\s]+)\/api\/health/.exec(output);
      if (match) {
        resolve({
          origin: match[1],
          output: () => output,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'beaus-server-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

it('seeds on first start, reuses the data on the second, and stops cleanly on SIGTERM', async () => {
  const port = String(20_000 + (process.pid % 20_000));
  const env = { PORT: port, DATA_DIR: dataDir, APPS_DIR: dataDir, SEED: 'demo', LOG_LEVEL: 'info' };

  const first = await startServer(env);
  const health = await fetch(`${first.origin}/api/health`);
  expect(health.status).toBe(200);
  expect(first.output()).toContain('first run: seeding demo data');
  expect(first.output()).toContain('agent1 (agent)');
  expect(await first.stop()).toBe(0);

  const second = await startServer(env);
  const login = await fetch(`${second.origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'agent1', password: 'beaus-demo' }),
  });
  expect(login.status).toBe(200);
  expect(second.output()).not.toContain('first run');
  expect(await second.stop()).toBe(0);
}, 180_000);
