import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Row, RowSink } from './row-sink.ts';

/**
 * Bulk path for benchmark-sized data on PostgreSQL: COPY FROM STDIN in text format. COPY writes
 * the given values into identity columns, like INSERT … OVERRIDING SYSTEM VALUE.
 */
export function createCopySink(client: pg.ClientBase): RowSink {
  const arrayColumns = new Map<string, Set<string>>();
  // A JS array is a Postgres array in one column and a JSON document in another: ask the catalog.
  async function arraysOf(table: string): Promise<Set<string>> {
    let found = arrayColumns.get(table);
    if (!found) {
      const result = await client.query<{ column_name: string }>(
        `select column_name from information_schema.columns
          where table_schema = current_schema() and table_name = $1 and data_type = 'ARRAY'`,
        [table],
      );
      found = new Set(result.rows.map((row) => row.column_name));
      arrayColumns.set(table, found);
    }
    return found;
  }
  return {
    async write(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0]);
      const arrays = await arraysOf(table);
      const list = columns.map((column) => `"${column}"`).join(', ');
      const stream = client.query(copyFrom(`copy "${table}" (${list}) from stdin`));
      const lines = copyLines(rows, columns, arrays);
      await pipeline(Readable.from(lines), stream);
    },
    async execute(sql) {
      await client.query(sql);
    },
  };
}

function* copyLines(
  rows: readonly Row[],
  columns: readonly string[],
  arrays: ReadonlySet<string>,
): Generator<string> {
  let buffer = '';
  for (const row of rows) {
    buffer += columns.map((column) => copyField(row[column], arrays.has(column))).join('\t') + '\n';
    if (buffer.length > 1 << 16) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** COPY text format: `\N` is null, and backslash, tab and newlines are escaped. */
export function copyField(value: unknown, isArrayColumn = false): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (isArrayColumn && Array.isArray(value)) return escapeCopy(arrayLiteral(value));
  if (typeof value === 'object') return escapeCopy(JSON.stringify(value));
  return escapeCopy(String(value));
}

function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((item) =>
    typeof item === 'number' ? String(item) : `"${String(item).replace(/["\\]/g, '\\$&')}"`,
  );
  return `{${items.join(',')}}`;
}

function escapeCopy(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (char) =>
    char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r',
  );
}
