import { sql } from 'drizzle-orm';
import type { BeausDb } from '../adapters/database/database.ts';

/**
 * Runs SQL text with `$n` parameters on the Drizzle layer (the database or an open
 * transaction). The stream processor writes whole batches with one statement per kind, so it
 * speaks SQL; Drizzle still carries it, which keeps one transaction API for PGlite and PostgreSQL.
 */
export async function queryRows<T>(
  db: BeausDb,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const query = sql.empty();
  text.split(/\$(\d+)/).forEach((chunk, index) => {
    if (index % 2 === 0) query.append(sql.raw(chunk));
    else query.append(sql`${params[Number(chunk) - 1]}`);
  });
  // Both drivers answer { rows }; the shared PgDatabase type cannot say so.
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** A batch travels as one JSON parameter, unpacked by jsonb_to_recordset / jsonb_array_elements. */
export function asJson(value: unknown): string {
  return JSON.stringify(value);
}
