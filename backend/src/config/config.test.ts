import { ConfigError, loadConfig, repositoryRoot } from './config.ts';

const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
};

describe('loadConfig', () => {
  it('runs embedded with no variables set', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: `${repositoryRoot}/data`,
      logLevel: 'info',
      databaseUrl: null,
      redisUrl: null,
      s3: null,
      sesFromAddress: null,
      kafkaBrokers: null,
      kafka: {
        partitions: { raw: 12, posted: 12, review: 3, deadLetter: 3 },
        replicationFactor: 1,
        minInsyncReplicas: 1,
        ssl: false,
        sasl: null,
      },
      cognito: null,
      appsDir: `${repositoryRoot}/dist`,
      seed: 'demo',
      pipeline: 'in-process',
      simulatorRate: 2,
      environmentName: 'local',
    });
  });

  it('runs the pipeline elsewhere and the simulator off when told to', () => {
    const config = loadConfig({ PIPELINE: 'off', SIMULATOR_RATE: '0' });
    expect(config.pipeline).toBe('off');
    expect(config.simulatorRate).toBe(0);
    expect(() => loadConfig({ PIPELINE: 'sometimes', SIMULATOR_RATE: 'fast' })).toThrow(
      /PIPELINE must be in-process.*\n.*SIMULATOR_RATE must be a whole number/s,
    );
  });

  it('reads the real services when they are configured', () => {
    const config = loadConfig({
      PORT: '9090',
      DATABASE_URL: 'postgres://beaus@db:5432/beaus',
      REDIS_URL: 'rediss://cache:6379',
      S3_BUCKET: 'beaus-evidence',
      S3_REGION: 'us-east-1',
      KAFKA_BROKERS: 'b-1:9092,b-2:9092',
      COGNITO_USER_POOL_ID: 'us-east-1_AbC123',
      COGNITO_CLIENT_ID: 'abc123def',
      COGNITO_REGION: 'us-east-1',
      SEED: 'none',
    });
    expect(config).toMatchObject({
      port: 9090,
      databaseUrl: 'postgres://beaus@db:5432/beaus',
      s3: { bucket: 'beaus-evidence', region: 'us-east-1', endpoint: null },
      kafkaBrokers: ['b-1:9092', 'b-2:9092'],
      cognito: { userPoolId: 'us-east-1_AbC123', clientId: 'abc123def', region: 'us-east-1' },
      seed: 'none',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' })).toMatchObject({
      port: 8080,
      databaseUrl: null,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '8.5'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_URL', 'mysql://db/beaus'],
    ['REDIS_URL', 'localhost:6379'],
    ['S3_BUCKET', 'Not_A_Bucket'],
    ['KAFKA_BROKERS', 'b-1'],
    ['SEED', 'lots'],
    ['ENVIRONMENT_NAME', 'Prod Env'],
  ])('names %s=%j and says why', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${name} must .*\\(got "${value.replace('.', '\\.')}"\\)$`),
    );
  });

  it('lists every bad variable in one error', () => {
    const env = { PORT: 'abc', LOG_LEVEL: 'loud', REDIS_URL: 'nope' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    const problems = problemsOf(env);
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'PORT',
      'LOG_LEVEL',
      'REDIS_URL',
    ]);
  });

  it('asks for the whole Cognito configuration when only part is set', () => {
    const problems = problemsOf({ COGNITO_USER_POOL_ID: 'us-east-1_AbC123' });
    expect(problems).toEqual([
      expect.stringMatching(/^COGNITO_CLIENT_ID is missing/),
      expect.stringMatching(/^COGNITO_REGION is missing/),
    ]);
  });
});
