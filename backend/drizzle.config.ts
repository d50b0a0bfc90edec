import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate -w backend` writes a new migration into migrations/ from the schema. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/adapters/database/schema/index.ts',
  out: './migrations',
  strict: true,
});
