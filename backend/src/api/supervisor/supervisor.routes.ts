import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { protectedErrorResponses } from '../../platform/errors.ts';
import { approvalRoutes } from './approvals.routes.ts';
import { refundApprovalRoutes } from './refund-approvals.routes.ts';
import { dashboardRoutes } from './dashboard.routes.ts';
import { loadOverview } from './overview.ts';
import { reportRoutes } from './reports/reports.routes.ts';
import { caseworkReportRoutes } from './reports/casework-reports.routes.ts';
import { trafficReportRoutes } from './reports/traffic-report.routes.ts';

const OverviewQuery = Type.Object(
  {
    day: Type.Optional(
      Type.String({
        format: 'date',
        description: 'Local day to report (YYYY-MM-DD); default today in the network time zone',
      }),
    ),
  },
  { additionalProperties: false },
);

const Count = Type.Integer({ minimum: 0 });

const OperationsOverview = Type.Object(
  {
    asOf: Type.String({ format: 'date-time' }),
    timeZone: Type.String({ description: 'IANA zone that defines "today"' }),
    day: Type.String({ format: 'date' }),
    tripsToday: Count,
    revenueTodayCents: Type.Integer({ description: 'Posted and billable tolls of the day' }),
    readMix: Type.Object({ tag: Count, plate: Count, review: Count }),
    reviewBacklog: Type.Integer({ minimum: 0, description: 'Trips waiting for image review' }),
    oldestReviewAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    pendingApprovals: Type.Integer({ minimum: 0, description: 'Adjustments over agent limits' }),
    openCases: Count,
    casesPastSla: Count,
    hourly: Type.Array(
      Type.Object({
        hour: Type.String({ format: 'date-time' }),
        trips: Count,
        revenueCents: Type.Integer(),
      }),
    ),
  },
  { title: 'OperationsOverview' },
);

export async function supervisorRoutes(app: BeausApp): Promise<void> {
  await app.register(dashboardRoutes);
  await app.register(approvalRoutes);
  await app.register(refundApprovalRoutes);
  await app.register(reportRoutes);
  await app.register(caseworkReportRoutes);
  await app.register(trafficReportRoutes);
  app.get(
    '/overview',
    {
      config: { roles: ['supervisor', 'admin'] },
      schema: {
        tags: ['supervisor'],
        operationId: 'getOverview',
        summary: "Today's trips, revenue, read mix, review backlog and pending approvals",
        querystring: OverviewQuery,
        response: { 200: OperationsOverview, ...protectedErrorResponses },
      },
    },
    async (request) => loadOverview(app.database, request.query.day),
  );
}
