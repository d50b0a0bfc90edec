import {
  createScratchPostgres,
  requireDatabaseUrl,
  type ScratchPostgres,
} from '../../platform/testing/scratch-postgres.ts';
import { describeDatabaseContract } from './database.contract.ts';
import { createPostgresDatabase } from './postgres-database.ts';

const serverUrl = requireDatabaseUrl();
let scratch: ScratchPostgres | undefined;
afterAll(() => scratch?.drop());

describeDatabaseContract('PostgreSQL', async () => {
  scratch = await createScratchPostgres(serverUrl);
  return createPostgresDatabase(scratch.url);
});
