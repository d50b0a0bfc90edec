import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BFF_PORT, INGEST_PORT } from '../src/compute/load-balancers.ts';
import { lintDockerfile, parseDockerfile, stagesOf } from './support/dockerfile-rules.ts';

const DOCKERFILE = join(import.meta.dirname, '../../backend/docker/Dockerfile');

describe('backend Dockerfile', () => {
  const text = readFileSync(DOCKERFILE, 'utf8');
  const stages = stagesOf(parseDockerfile(text));

  it('passes the lint rules (pinned, multi-stage, non-root, exec-form CMD)', () => {
    expect(lintDockerfile(text)).toEqual([]);
  });

  it('builds every service on Node 24 and starts it with its entry point', () => {
    const commands = Object.fromEntries(
      stages
        .filter((stage) => ['bff', 'ingest', 'stream'].includes(stage.name))
        .map((stage) => [stage.name, stage.instructions.find((i) => i.keyword === 'CMD')?.args]),
    );
    expect(commands).toEqual({
      bff: '["node", "src/server.ts"]',
      ingest: '["node", "src/ingest/server.ts"]',
      stream: '["node", "src/stream/server.ts"]',
    });
    expect(stages[0]!.base).toMatch(/^node:24\.\d+\.\d+-/);
  });

  it('listens where the load balancers send traffic, on the variable each service reads', () => {
    const argsOf = (name: string, keyword: string) =>
      stages
        .find((stage) => stage.name === name)
        ?.instructions.filter((i) => i.keyword === keyword)
        .map((i) => i.args);
    expect(argsOf('bff', 'ENV')).toEqual([`PORT=${BFF_PORT}`]);
    expect(argsOf('bff', 'EXPOSE')).toEqual([String(BFF_PORT)]);
    expect(argsOf('ingest', 'ENV')).toEqual([`INGEST_PORT=${INGEST_PORT}`]);
    expect(argsOf('ingest', 'EXPOSE')).toEqual([String(INGEST_PORT)]);
    expect(argsOf('stream', 'EXPOSE')).toEqual([]); // no listener
  });

  it('installs production dependencies only, from the lockfile', () => {
    expect(text).toMatch(/npm ci --omit=dev/);
  });
});

describe('Dockerfile lint rules', () => {
  it('flags a single-stage root image on latest', () => {
    const problems = lintDockerfile('FROM node:latest\nRUN npm install\nCMD node server.js\n');
    expect(problems).toEqual(
      expect.arrayContaining([
        'not a multi-stage build',
        'stage stage0: uses :latest',
        'stage stage0: runs as root',
        'stage stage0: CMD not in exec form',
        'line 2: npm install (use npm ci)',
      ]),
    );
  });
});
