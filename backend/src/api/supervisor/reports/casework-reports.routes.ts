import type { BeausApp } from '../../../platform/app-types.ts';
import { protectedErrorResponses } from '../../../platform/errors.ts';
import { csvStream } from './csv.ts';
import { csvSchema, pagesOf, reportFilter, reportRoles, sendCsv } from './report-http.ts';
import { AgentProductivityReport, ReportQuery, SlaBreachReport } from './reports.schemas.ts';
import { agentProductivity } from './agent-productivity-report.ts';
import { slaBreaches } from './sla-breaches-report.ts';

/** Reports on the back office's own work: case deadlines missed, and what each agent did. */
export async function caseworkReportRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/reports/agent-productivity',
    {
      config: { roles: reportRoles },
      schema: {
        tags: ['supervisor'],
        operationId: 'getAgentProductivityReport',
        summary:
          'Per agent: audited actions, notes, adjustments, reviews, corrections, cases closed',
        querystring: ReportQuery,
        response: { 200: AgentProductivityReport, ...protectedErrorResponses },
      },
    },
    async (request) => {
      const filter = reportFilter(request.query);
      return {
        from: filter.from,
        to: filter.to,
        rows: await agentProductivity(app.database, filter),
      };
    },
  );
  app.get(
    '/reports/agent-productivity.csv',
    {
      config: { roles: reportRoles },
      schema: csvSchema('exportAgentProductivityReport', 'Agent productivity as CSV', ReportQuery),
    },
    async (request, reply) => {
      const filter = reportFilter(request.query);
      const header = [
        'agent',
        'actions',
        'notes',
        'adjustments',
        'reviews',
        'corrections',
        'cases_closed',
      ];
      async function* whole() {
        yield await agentProductivity(app.database, filter);
      }
      return sendCsv(
        reply,
        `agent-productivity-${filter.from}-${filter.to}`,
        await csvStream(header, whole(), (r) => [
          r.username,
          r.actions,
          r.notes,
          r.adjustments,
          r.reviews,
          r.corrections,
          r.casesClosed,
        ]),
      );
    },
  );

  app.get(
    '/reports/sla-breaches',
    {
      config: { roles: reportRoles },
      schema: {
        tags: ['supervisor'],
        operationId: 'getSlaBreachReport',
        summary: 'Cases that missed their deadline, by deadline day',
        querystring: ReportQuery,
        response: { 200: SlaBreachReport, ...protectedErrorResponses },
      },
    },
    async (request) => {
      const filter = reportFilter(request.query);
      return {
        from: filter.from,
        to: filter.to,
        rows: await slaBreaches(app.database, filter, new Date()),
      };
    },
  );
  app.get(
    '/reports/sla-breaches.csv',
    {
      config: { roles: reportRoles },
      schema: csvSchema('exportSlaBreachReport', 'SLA breaches as CSV', ReportQuery),
    },
    async (request, reply) => {
      const filter = reportFilter(request.query);
      const now = new Date();
      const header = [
        'case',
        'kind',
        'status',
        'owner',
        'opened_at',
        'sla_due_at',
        'closed_at',
        'days_late',
      ];
      return sendCsv(
        reply,
        `sla-breaches-${filter.from}-${filter.to}`,
        await csvStream(
          header,
          pagesOf(filter, (page) => slaBreaches(app.database, page, now)),
          (r) => [
            r.caseId,
            r.kind,
            r.status,
            r.owner,
            r.openedAt,
            r.slaDueAt,
            r.closedAt,
            r.daysLate,
          ],
        ),
      );
    },
  );
}
