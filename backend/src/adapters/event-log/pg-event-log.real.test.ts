import {
  createScratchPostgres,
  requireDatabaseUrl,
} from '../../platform/testing/scratch-postgres.ts';
import { createPostgresDatabase } from '../database/postgres-database.ts';
import { describeEventLogContract } from './event-log.contract.ts';
import { createPgEventLog } from './pg-event-log.ts';

const serverUrl = requireDatabaseUrl();

describeEventLogContract('Postgres table on PostgreSQL', async () => {
  const scratch = await createScratchPostgres(serverUrl);
  const database = await createPostgresDatabase(scratch.url);
  return {
    log: await createPgEventLog(database),
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
});
