import { map, type Observable } from 'rxjs';
import type { ReportFilter, ReportKind, ReportsApi } from './reports.api';

/** What every report table shows: column headers (text keys) and rows of cells. */
export interface ReportTable {
  readonly columns: readonly { key: string; numeric: boolean }[];
  readonly rows: readonly { cells: readonly Cell[]; flagged: boolean }[];
}
export type Cell = { kind: 'text'; value: string } | { kind: 'money'; cents: number };

/** Loads a report and shapes it as the page's table: columns (text keys) and cells. */
export function loadReportTable(
  api: ReportsApi,
  kind: ReportKind,
  filter: ReportFilter,
): Observable<ReportTable> {
  const text = (value: string | number): Cell => ({ kind: 'text', value: String(value) });
  const money = (cents: number): Cell => ({ kind: 'money', cents });
  const columns = (...keys: [string, boolean][]) =>
    keys.map(([key, numeric]) => ({ key: `supervisor.reports.col.${key}`, numeric }));
  if (kind === 'revenue') {
    return api.revenue(filter).pipe(
      map((report) => ({
        columns: columns(
          ['day', false],
          ['plaza', false],
          ['trips', true],
          ['revenue', true],
          ['tag', true],
          ['plate', true],
          ['review', true],
        ),
        rows: report.rows.map((r) => ({
          flagged: false,
          cells: [
            text(r.day),
            text(r.plazaCode),
            text(r.trips),
            money(r.revenueCents),
            text(r.tagReads),
            text(r.plateReads),
            text(r.reviewReads),
          ],
        })),
      })),
    );
  }
  if (kind === 'traffic') {
    return api.traffic(filter).pipe(
      map((report) => ({
        columns: columns(
          ['hour', false],
          ['vehicleClass', false],
          ['trips', true],
          ['revenue', true],
          ['tag', true],
          ['plate', true],
          ['review', true],
        ),
        rows: report.rows.map((r) => ({
          flagged: false,
          cells: [
            text(`${String(r.hour).padStart(2, '0')}:00`),
            text(r.vehicleClass),
            text(r.trips),
            money(r.revenueCents),
            text(r.tagReads),
            text(r.plateReads),
            text(r.reviewReads),
          ],
        })),
      })),
    );
  }
  if (kind === 'reconciliation') {
    return api.reconciliation(filter).pipe(
      map((report) => ({
        columns: columns(
          ['day', false],
          ['plaza', false],
          ['received', true],
          ['posted', true],
          ['inReview', true],
          ['deadLetters', true],
          ['duplicates', true],
          ['difference', true],
          ['postedCents', true],
        ),
        rows: report.rows.map((r) => ({
          flagged: r.difference !== 0,
          cells: [
            text(r.day),
            text(r.plazaCode),
            text(r.received),
            text(r.posted),
            text(r.inReview),
            text(r.deadLetters),
            text(r.duplicates),
            text(r.difference),
            money(r.postedCents),
          ],
        })),
      })),
    );
  }
  if (kind === 'slaBreaches') {
    return api.slaBreaches(filter).pipe(
      map((report) => ({
        columns: columns(
          ['case', false],
          ['kind', false],
          ['status', false],
          ['owner', false],
          ['slaDue', false],
          ['daysLate', true],
        ),
        rows: report.rows.map((r) => ({
          flagged: false,
          cells: [
            text(r.caseId),
            text(r.kind),
            text(r.status),
            text(r.owner ?? '—'),
            text(r.slaDueAt.slice(0, 10)),
            text(r.daysLate),
          ],
        })),
      })),
    );
  }
  if (kind === 'productivity') {
    return api.productivity(filter).pipe(
      map((report) => ({
        columns: columns(
          ['agent', false],
          ['actions', true],
          ['notes', true],
          ['adjustments', true],
          ['reviews', true],
          ['corrections', true],
          ['casesClosed', true],
        ),
        rows: report.rows.map((r) => ({
          flagged: false,
          cells: [
            text(r.username),
            text(r.actions),
            text(r.notes),
            text(r.adjustments),
            text(r.reviews),
            text(r.corrections),
            text(r.casesClosed),
          ],
        })),
      })),
    );
  }
  return api.aging(filter.to).pipe(
    map((report) => ({
      columns: columns(['age', false], ['stage', false], ['invoices', true], ['amount', true]),
      rows: report.rows.map((r) => ({
        flagged: false,
        cells: [text(r.bucket), text(r.stage), text(r.invoices), money(r.amountCents)],
      })),
    })),
  );
}
