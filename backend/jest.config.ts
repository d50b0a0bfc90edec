import type { Config } from 'jest';

/**
 * Two projects: `unit` needs no external service (PGlite, memory cache, local folder);
 * `real` runs the same adapter contracts against PostgreSQL, Redis (and Kafka) named by env vars.
 */
const transform: Config['transform'] = {
  '^.+\\.ts$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2024' }, module: { type: 'es6' } },
  ],
};

const common: Config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform,
};

const config: Config = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.real\\.test\\.ts$'],
    },
    { ...common, displayName: 'real', testMatch: ['<rootDir>/src/**/*.real.test.ts'] },
  ],
};

export default config;
