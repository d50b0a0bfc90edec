import type { BeausApp } from '../../../platform/app-types.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import {
  listHistory,
  listLedger,
  listNotes,
  listTags,
  listTrips,
  listVehicles,
} from './account-tabs.ts';
import {
  AccountParams,
  AuditPage,
  LedgerPage,
  NotePage,
  PageQuery,
  TagPage,
  TripPage,
  VehiclePage,
  VehicleQuery,
} from './account.schemas.ts';

const staff = { roles: ['agent', 'supervisor'] } as const;
const errors = { 404: ErrorResponse, ...protectedErrorResponses };

/** One paged read per account tab. Tabs show no personal data, so they need no verification. */
export async function accountTabRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/accounts/:accountId/vehicles',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'listAgentAccountVehicles',
        summary: 'Vehicles on the account, active first; ended ones on request',
        params: AccountParams,
        querystring: VehicleQuery,
        response: { 200: VehiclePage, ...errors },
      },
    },
    async (request) => listVehicles(app.database, request.params.accountId, request.query),
  );

  app.get(
    '/accounts/:accountId/tags',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'listAgentAccountTags',
        summary: 'Tags (transponders) on the account with their status',
        params: AccountParams,
        querystring: PageQuery,
        response: { 200: TagPage, ...errors },
      },
    },
    async (request) => listTags(app.database, request.params.accountId, request.query),
  );

  app.get(
    '/accounts/:accountId/trips',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'listAgentAccountTrips',
        summary: 'Trips newest first, with plaza, lane, class, rate explanation and images',
        params: AccountParams,
        querystring: PageQuery,
        response: { 200: TripPage, ...errors },
      },
    },
    async (request) => listTrips(app.database, request.params.accountId, request.query),
  );

  app.get(
    '/accounts/:accountId/ledger',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'listAgentAccountLedger',
        summary: 'Ledger entries newest first, each with the running balance after it',
        params: AccountParams,
        querystring: PageQuery,
        response: { 200: LedgerPage, ...errors },
      },
    },
    async (request) => listLedger(app.database, request.params.accountId, request.query),
  );

  app.get(
    '/accounts/:accountId/notes',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'listAgentAccountNotes',
        summary: 'Notes left on the account, newest first',
        params: AccountParams,
        querystring: PageQuery,
        response: { 200: NotePage, ...errors },
      },
    },
    async (request) => listNotes(app.database, request.params.accountId, request.query),
  );

  app.get(
    '/accounts/:accountId/history',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'listAgentAccountHistory',
        summary: 'Who saw or changed what on the account (the audit log), newest first',
        params: AccountParams,
        querystring: PageQuery,
        response: { 200: AuditPage, ...errors },
      },
    },
    async (request) => listHistory(app.database, request.params.accountId, request.query),
  );
}
