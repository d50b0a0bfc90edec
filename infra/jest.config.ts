import type { Config } from 'jest';

/**
 * Infra tests synthesise each stage once per test file (see test/synth-once.ts); a file's stacks
 * are heavy (EKS, CloudFront, MSK), so the default 5 s timeout is raised.
 */
const config: Config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2024' }, module: { type: 'es6' } },
    ],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 120_000,
  maxWorkers: 2,
};

export default config;
