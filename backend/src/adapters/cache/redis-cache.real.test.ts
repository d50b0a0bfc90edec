import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { describeCacheContract } from './cache.contract.ts';
import { createRedisCache } from './redis-cache.ts';

const url = process.env['REDIS_URL'];
if (!url)
  throw new Error('REDIS_URL is not set: the real Redis tests need a server (see DEVELOPERS.md)');

// Each run writes under its own prefix, so parallel runs and other engineers do not collide.
const runPrefix = `beaus-test:${randomUUID()}:`;
let testNumber = 0;

describeCacheContract('redis', () =>
  createRedisCache(url, { keyPrefix: `${runPrefix}${testNumber++}:` }),
);

afterAll(async () => {
  const client = createClient({ url });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${runPrefix}*` })) {
    if (keys.length > 0) await client.del(keys);
  }
  await client.close();
});
