import { Readable } from 'node:stream';

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix a quote (OWASP).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line, CRLF-terminated. */
export function csvLine(values: readonly (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * A CSV body produced page by page: each page is read from the database only when the client
 * has taken the previous one, so a large export neither buffers in memory nor times out. The
 * first page is read before the response starts, so a bad filter or a broken query is an
 * ordinary error response rather than a cut-off download.
 */
export async function csvStream<T>(
  header: readonly string[],
  pages: AsyncIterable<readonly T[]>,
  toValues: (row: T) => readonly (string | number | null)[],
): Promise<Readable> {
  const iterator = pages[Symbol.asyncIterator]();
  const first = await iterator.next();
  const linesOf = (page: readonly T[]) => page.map((row) => csvLine(toValues(row))).join('');
  async function* lines(): AsyncGenerator<string> {
    yield csvLine(header);
    if (first.done) return;
    if (first.value.length > 0) yield linesOf(first.value);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (next.value.length > 0) yield linesOf(next.value);
    }
  }
  return Readable.from(lines());
}

/** The local days from `from` to `to` inclusive, as YYYY-MM-DD. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (
    let t = Date.parse(`${from}T00:00:00Z`);
    t <= Date.parse(`${to}T00:00:00Z`);
    t += 86_400_000
  ) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
