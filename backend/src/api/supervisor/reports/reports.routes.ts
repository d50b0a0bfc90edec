import type { BeausApp } from '../../../platform/app-types.ts';
import { BeausError, protectedErrorResponses } from '../../../platform/errors.ts';
import { csvSchema, pagesOf, reportFilter, reportRoles as roles, sendCsv } from './report-http.ts';
import { tripTopics } from '../../../stream/outcome-records.ts';
import { receivablesAging } from './aging-report.ts';
import { csvStream } from './csv.ts';
import { reconciliationByPlazaDay } from './reconciliation-report.ts';
import {
  AgingQuery,
  AgingReport,
  ReconciliationReport,
  ReportQuery,
  RevenueReport,
} from './reports.schemas.ts';
import { revenueByPlazaDay, type ReportFilter } from './revenue-report.ts';

export async function reportRoutes(app: BeausApp): Promise<void> {
  const reconcile = (filter: ReportFilter) => {
    // Received reads are counted in the Postgres-table log; Kafka keeps trips.raw for days only.
    if (app.eventLog.kind !== 'postgres-table') {
      throw new BeausError(
        503,
        'BEAUS_ERR_UNAVAILABLE',
        'Reconciliation needs the Postgres-table event log.',
      );
    }
    return reconciliationByPlazaDay(app.database, filter, tripTopics.raw);
  };

  app.get(
    '/reports/revenue',
    {
      config: { roles },
      schema: {
        tags: ['supervisor'],
        operationId: 'getRevenueReport',
        summary: 'Revenue and trips by plaza and local day (from the hourly rollup)',
        querystring: ReportQuery,
        response: { 200: RevenueReport, ...protectedErrorResponses },
      },
    },
    async (request) => {
      const filter = reportFilter(request.query);
      return {
        from: filter.from,
        to: filter.to,
        rows: await revenueByPlazaDay(app.database, filter),
      };
    },
  );
  app.get(
    '/reports/revenue.csv',
    {
      config: { roles },
      schema: csvSchema('exportRevenueReport', 'Revenue report as CSV', ReportQuery),
    },
    async (request, reply) => {
      const filter = reportFilter(request.query);
      const header = [
        'day',
        'plaza',
        'plaza_name',
        'trips',
        'revenue_cents',
        'tag_reads',
        'plate_reads',
        'review_reads',
      ];
      return sendCsv(
        reply,
        `revenue-${filter.from}-${filter.to}`,
        await csvStream(
          header,
          pagesOf(filter, (page) => revenueByPlazaDay(app.database, page)),
          (r) => [
            r.day,
            r.plazaCode,
            r.plazaName,
            r.trips,
            r.revenueCents,
            r.tagReads,
            r.plateReads,
            r.reviewReads,
          ],
        ),
      );
    },
  );

  app.get(
    '/reports/reconciliation',
    {
      config: { roles },
      schema: {
        tags: ['supervisor'],
        operationId: 'getReconciliationReport',
        summary: 'Received = posted + in review + dead letters + duplicates, per plaza and day',
        querystring: ReportQuery,
        response: { 200: ReconciliationReport, ...protectedErrorResponses },
      },
    },
    async (request) => {
      const filter = reportFilter(request.query);
      return { from: filter.from, to: filter.to, rows: await reconcile(filter) };
    },
  );
  app.get(
    '/reports/reconciliation.csv',
    {
      config: { roles },
      schema: csvSchema('exportReconciliationReport', 'Reconciliation report as CSV', ReportQuery),
    },
    async (request, reply) => {
      const filter = reportFilter(request.query);
      const header = [
        'day',
        'plaza',
        'received',
        'posted',
        'in_review',
        'dead_letters',
        'duplicates',
        'difference',
        'posted_cents',
      ];
      return sendCsv(
        reply,
        `reconciliation-${filter.from}-${filter.to}`,
        await csvStream(header, pagesOf(filter, reconcile), (r) => [
          r.day,
          r.plazaCode,
          r.received,
          r.posted,
          r.inReview,
          r.deadLetters,
          r.duplicates,
          r.difference,
          r.postedCents,
        ]),
      );
    },
  );

  app.get(
    '/reports/aging',
    {
      config: { roles },
      schema: {
        tags: ['supervisor'],
        operationId: 'getAgingReport',
        summary: 'Open invoices by age (0–30 / 31–60 / 61–90 / 90+ days) and stage',
        querystring: AgingQuery,
        response: { 200: AgingReport, ...protectedErrorResponses },
      },
    },
    async (request) => {
      const asOf = request.query.asOf ?? new Date().toISOString().slice(0, 10);
      return {
        asOf,
        rows: await receivablesAging(app.database, new Date(`${asOf}T23:59:59.999Z`)),
      };
    },
  );
  app.get(
    '/reports/aging.csv',
    {
      config: { roles },
      schema: {
        ...csvSchema('exportAgingReport', 'Receivables aging as CSV', ReportQuery),
        querystring: AgingQuery,
      },
    },
    async (request, reply) => {
      const asOf = request.query.asOf ?? new Date().toISOString().slice(0, 10);
      async function* single() {
        yield await receivablesAging(app.database, new Date(`${asOf}T23:59:59.999Z`));
      }
      return sendCsv(
        reply,
        `aging-${asOf}`,
        await csvStream(['age_days', 'stage', 'invoices', 'amount_cents'], single(), (r) => [
          r.bucket,
          r.stage,
          r.invoices,
          r.amountCents,
        ]),
      );
    },
  );
}
