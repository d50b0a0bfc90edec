/**
 * Generates the apps' typed API client from the BFF's OpenAPI document.
 *
 *   node scripts/generate-api-client.ts           (npm run api:generate)
 *     asks the backend for its document (npm run openapi -w backend), writes
 *     projects/shared/openapi.json and regenerates projects/shared/src/api/generated
 *     with ng-openapi-gen (tree-shakable functions over HttpClient).
 *
 *   node scripts/generate-api-client.ts --check   (npm run api:check)
 *     does the same into a temporary folder and fails, naming the files, when the committed
 *     document or client differ from what the current backend routes produce.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = join(root, 'projects/shared');
const committedSpec = join(sharedDir, 'openapi.json');
const committedClient = join(sharedDir, 'src/api/generated');
const generatorConfig = join(sharedDir, 'ng-openapi-gen.json');
const generatorBin = join(root, 'node_modules/ng-openapi-gen/lib/index.js');

/** The backend's OpenAPI document, formatted as Prettier formats the committed file. */
async function printOpenApi(): Promise<string> {
  const npm = process.env['npm_execpath'];
  const args = ['run', '--silent', 'openapi', '-w', 'backend'];
  // The document outgrew the 1 MB default buffer of execFileSync.
  const options = { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;
  const output = npm
    ? execFileSync(process.execPath, [npm, ...args], options)
    : execFileSync('npm', args, options);
  const document = JSON.parse(output) as { openapi?: string };
  if (!document.openapi) throw new Error('backend printed no OpenAPI document');
  const prettierOptions = await resolveConfig(committedSpec);
  return format(JSON.stringify(document), { ...prettierOptions, parser: 'json' });
}

function generateClient(specPath: string, outputDir: string): void {
  execFileSync(
    process.execPath,
    [generatorBin, '-c', generatorConfig, '--input', specPath, '--output', outputDir],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/** Every file under `dir`, relative to it, sorted. */
function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path, base) : [relative(base, path)];
    })
    .sort();
}

/** Files that differ between two folders (added, removed or changed). */
function differences(expectedDir: string, actualDir: string): string[] {
  const expected = listFiles(expectedDir);
  const actual = listFiles(actualDir);
  const all = [...new Set([...expected, ...actual])].sort();
  return all.filter((file) => {
    const a = join(expectedDir, file);
    const b = join(actualDir, file);
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
  });
}

async function generate(): Promise<void> {
  const spec = await printOpenApi();
  writeFileSync(committedSpec, spec);
  generateClient(committedSpec, committedClient);
  console.log(
    `API client generated: ${relative(root, committedSpec)}, ${relative(root, committedClient)}`,
  );
}

async function check(): Promise<void> {
  const temp = mkdtempSync(join(tmpdir(), 'beaus-api-check-'));
  try {
    const specPath = join(temp, 'openapi.json');
    const clientDir = join(temp, 'generated');
    mkdirSync(clientDir);
    writeFileSync(specPath, await printOpenApi());
    generateClient(specPath, clientDir);
    const stale: string[] = [];
    if (!existsSync(committedSpec) || !readFileSync(committedSpec).equals(readFileSync(specPath))) {
      stale.push(relative(root, committedSpec));
    }
    stale.push(
      ...differences(clientDir, committedClient).map((f) =>
        relative(root, join(committedClient, f)),
      ),
    );
    if (stale.length > 0) {
      console.error(
        'The typed API client is stale: the BFF routes changed but the client was not regenerated.\n' +
          stale.map((file) => `  ${file}`).join('\n') +
          '\nRun `npm run api:generate` and commit the result.',
      );
      process.exitCode = 1;
      return;
    }
    console.log('API client is up to date with the BFF routes.');
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

await (process.argv.includes('--check') ? check() : generate());
