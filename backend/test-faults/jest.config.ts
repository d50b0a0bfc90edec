import type { Config } from 'jest';

/**
 * The pipeline fault suite (`npm run test:faults` at the root): real Kafka, PostgreSQL and Redis,
 * the gateway and the stream processor as child processes. Its own config, run alone and in
 * band, because it restarts the shared PostgreSQL server and the Kafka broker.
 */
const config: Config = {
  rootDir: '..',
  displayName: 'faults',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2024' }, module: { type: 'es6' } },
    ],
  },
  testMatch: ['<rootDir>/test-faults/**/*.fault.test.ts'],
  maxWorkers: 1,
};

export default config;
