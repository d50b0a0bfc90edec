/**
 * `npm start`: builds the apps that are missing or older than their sources, then runs the BFF
 * (`node backend/src/server.ts`), which migrates, seeds demo data on first run and serves the
 * apps. Signals are passed on so Ctrl-C and SIGTERM shut the server down cleanly.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { appNames, buildApps, repositoryRoot } from './build-apps.ts';

try {
  // A custom APPS_DIR means someone else built the apps; do not rebuild into dist/.
  if (!process.env['APPS_DIR']) {
    const built = buildApps(appNames, true);
    if (built.length === 0) process.stdout.write('Apps are up to date.\n');
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const server = spawn(process.execPath, [join(repositoryRoot, 'backend', 'src', 'server.ts')], {
  cwd: repositoryRoot,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
