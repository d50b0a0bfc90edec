import { createPgliteDatabase } from '../database/pglite-database.ts';
import { describeEventLogContract } from './event-log.contract.ts';
import { createPgEventLog } from './pg-event-log.ts';

describeEventLogContract('Postgres table on PGlite', async () => {
  const database = await createPgliteDatabase();
  return { log: await createPgEventLog(database), close: () => database.close() };
});
