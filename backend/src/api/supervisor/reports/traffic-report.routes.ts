import type { BeausApp } from '../../../platform/app-types.ts';
import { protectedErrorResponses } from '../../../platform/errors.ts';
import { csvStream } from './csv.ts';
import { csvSchema, pagesOf, reportFilter, reportRoles, sendCsv } from './report-http.ts';
import { ReportQuery, TrafficReport } from './reports.schemas.ts';
import { trafficByHourAndClass, trafficByPlazaDayHourAndClass } from './traffic-report.ts';

/**
 * Traffic by vehicle class and hour, from the hourly rollup: on screen the shape of a day per
 * class over the chosen days; as CSV every plaza, day, hour and class, streamed a week at a time.
 */
export async function trafficReportRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/reports/traffic',
    {
      config: { roles: reportRoles },
      schema: {
        tags: ['supervisor'],
        operationId: 'getTrafficReport',
        summary: 'Trips and revenue by local hour of the day and vehicle class (hourly rollup)',
        querystring: ReportQuery,
        response: { 200: TrafficReport, ...protectedErrorResponses },
      },
    },
    async (request) => {
      const filter = reportFilter(request.query);
      return {
        from: filter.from,
        to: filter.to,
        plaza: filter.plaza ?? null,
        rows: await trafficByHourAndClass(app.database, filter),
      };
    },
  );
  app.get(
    '/reports/traffic.csv',
    {
      config: { roles: reportRoles },
      schema: csvSchema(
        'exportTrafficReport',
        'Traffic by plaza, local day, hour and vehicle class as CSV',
        ReportQuery,
      ),
    },
    async (request, reply) => {
      const filter = reportFilter(request.query);
      const header = [
        'day',
        'hour',
        'plaza',
        'plaza_name',
        'vehicle_class',
        'trips',
        'revenue_cents',
        'tag_reads',
        'plate_reads',
        'review_reads',
      ];
      return sendCsv(
        reply,
        `traffic-${filter.from}-${filter.to}`,
        await csvStream(
          header,
          pagesOf(filter, (page) => trafficByPlazaDayHourAndClass(app.database, page)),
          (r) => [
            r.day,
            r.hour,
            r.plazaCode,
            r.plazaName,
            r.vehicleClass,
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
}
