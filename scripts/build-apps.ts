/**
 * Builds the four Angular apps for production, one after another (2 cores: parallel builds only
 * thrash). `node scripts/build-apps.ts` builds all; `--if-stale` builds only apps whose
 * dist/<app>/browser/index.html is missing or older than their sources; app names limit the set.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const appNames = ['agent', 'supervisor', 'admin', 'customer'] as const;
export type AppName = (typeof appNames)[number];

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Sources every app build depends on besides its own folder. */
const sharedInputs = ['projects/shared', 'angular.json', 'package-lock.json', 'tsconfig.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestChange(join(path, entry.name)));
  }
  return newest;
}

/** True when the app has never been built or a source changed after its last build. */
export function isStale(app: AppName, appsDir = join(repositoryRoot, 'dist')): boolean {
  const index = join(appsDir, app, 'browser', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const inputs = [`projects/${app}`, ...sharedInputs].map((input) => join(repositoryRoot, input));
  return inputs.some((input) => newestChange(input) > built);
}

/** Runs `ng build <app>` with the pinned Node; returns false if the build failed. */
export function buildApp(app: AppName): boolean {
  const ng = join(repositoryRoot, 'node_modules', '@angular', 'cli', 'bin', 'ng.js');
  process.stdout.write(`\n▶ ng build ${app}\n`);
  const result = spawnSync(process.execPath, [ng, 'build', app], {
    cwd: repositoryRoot,
    stdio: 'inherit',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  return result.status === 0;
}

/** Builds the given apps (only the stale ones with `onlyStale`); throws on the first failure. */
export function buildApps(apps: readonly AppName[], onlyStale: boolean): AppName[] {
  const toBuild = onlyStale ? apps.filter((app) => isStale(app)) : [...apps];
  for (const app of toBuild) {
    if (!buildApp(app)) throw new Error(`ng build ${app} failed`);
  }
  return toBuild;
}

function main(argv: string[]): void {
  const onlyStale = argv.includes('--if-stale');
  const named = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = named.filter((name) => !appNames.includes(name as AppName));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown app(s): ${unknown.join(', ')}. Apps: ${appNames.join(', ')}\n`);
    process.exit(2);
  }
  const apps = named.length > 0 ? (named as AppName[]) : appNames;
  try {
    const built = buildApps(apps, onlyStale);
    process.stdout.write(built.length ? `Built: ${built.join(', ')}\n` : 'Apps are up to date.\n');
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
