import type { Config } from 'jest';
import presets from 'jest-preset-angular/presets/index.js';

/**
 * Unit tests of the four Angular apps and the shared library: one Jest project per Angular
 * project, each compiled with its own tsconfig.spec.json and run zoneless in jsdom.
 */
const angularProjects = ['shared', 'agent', 'supervisor', 'admin', 'customer'] as const;

function projectConfig(name: (typeof angularProjects)[number]): Config {
  const preset = presets.createCjsPreset({
    tsconfig: `<rootDir>/projects/${name}/tsconfig.spec.json`,
    testEnvironment: 'jest-preset-angular/environments/jest-jsdom-env',
  });
  return {
    ...preset,
    displayName: name,
    roots: [`<rootDir>/projects/${name}`],
    testMatch: [`<rootDir>/projects/${name}/**/*.spec.ts`],
    setupFilesAfterEnv: ['<rootDir>/jest.apps.setup.ts'],
    moduleNameMapper: {
      '^@beaus/shared$': '<rootDir>/projects/shared/src/public-api.ts',
      '^@beaus/shared/(.*)$': '<rootDir>/projects/shared/src/$1',
    },
  };
}

const config: Config = {
  projects: angularProjects.map(projectConfig),
  cacheDirectory: '<rootDir>/.cache/jest-apps',
};

export default config;
