/** What every report route shares: the filter, CSV paging and the download response. */
import type { FastifyReply } from 'fastify';
import { BeausError, protectedErrorResponses } from '../../../platform/errors.ts';
import { daysBetween } from './csv.ts';
import type { ReportQuery } from './reports.schemas.ts';
import { CsvBody } from './reports.schemas.ts';
import type { ReportFilter } from './revenue-report.ts';

/** Who may read reports. */
export const reportRoles = ['supervisor', 'admin'] as const;
/** Days read per database round trip while a CSV streams. */
const daysPerPage = 7;
const maxDays = 366;

/** The filter asked for: `to` defaults to today, `from` to six days before; at most a year. */
export function reportFilter(query: { from?: string; to?: string; plaza?: string }): ReportFilter {
  const to = query.to ?? new Date().toISOString().slice(0, 10);
  const from =
    query.from ??
    new Date(Date.parse(`${to}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);
  const days = daysBetween(from, to).length;
  if (days === 0)
    throw new BeausError(400, 'BEAUS_ERR_VALIDATION', 'querystring/from must not be after to');
  if (days > maxDays) {
    throw new BeausError(
      400,
      'BEAUS_ERR_VALIDATION',
      'querystring/from a report covers at most 366 days',
    );
  }
  return { from, to, ...(query.plaza ? { plaza: query.plaza } : {}) };
}

/** The filter's days in pages, so an export reads a week at a time as the client takes it. */
export async function* pagesOf<T>(
  filter: ReportFilter,
  read: (page: ReportFilter) => Promise<T[]>,
): AsyncGenerator<T[]> {
  const days = daysBetween(filter.from, filter.to);
  for (let i = 0; i < days.length; i += daysPerPage) {
    const page = days.slice(i, i + daysPerPage);
    yield await read({ ...filter, from: page[0] as string, to: page.at(-1) as string });
  }
}

/** Sends a streamed CSV body as a download. */
export function sendCsv(reply: FastifyReply, name: string, body: NodeJS.ReadableStream) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .header('cache-control', 'no-store')
    .send(body);
}

export const csvSchema = (
  operationId: string,
  summary: string,
  querystring: typeof ReportQuery,
) => ({
  tags: ['supervisor'],
  operationId,
  summary,
  querystring,
  produces: ['text/csv'],
  response: { 200: CsvBody, ...protectedErrorResponses },
});
