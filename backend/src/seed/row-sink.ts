import type { Database } from '../adapters/database/database.ts';

/** One row as column name → value (Dates, arrays and plain objects for jsonb are fine). */
export type Row = Record<string, unknown>;

/**
 * Where the generator writes. Ids are chosen by the generator (the database is empty), so rows
 * can reference each other without reading ids back, and bulk paths (COPY) stay possible.
 */
export interface RowSink {
  /** Inserts rows that all have the same columns; callers write parents before children. */
  write(table: string, rows: readonly Row[]): Promise<void>;
  execute(sql: string): Promise<void>;
}

const chunkSize = 5_000;

/**
 * Works on PGlite and PostgreSQL through the Database interface: each chunk travels as one JSON
 * parameter and `json_populate_recordset` turns it into rows, so there is no parameter limit and
 * one round trip per chunk. OVERRIDING SYSTEM VALUE lets the generator's ids in.
 */
export function createJsonInsertSink(database: Database): RowSink {
  return {
    async write(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0])
        .map((column) => `"${column}"`)
        .join(', ');
      const sql =
        `insert into "${table}" (${columns}) overriding system value ` +
        `select ${columns} from json_populate_recordset(null::"${table}", $1::json)`;
      for (let start = 0; start < rows.length; start += chunkSize) {
        await database.query(sql, [JSON.stringify(rows.slice(start, start + chunkSize))]);
      }
    },
    async execute(sql) {
      await database.query(sql);
    },
  };
}
