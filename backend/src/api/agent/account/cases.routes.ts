import Type from 'typebox';
import type { BeausApp } from '../../../platform/app-types.ts';
import { principalOf } from '../../../platform/auth.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import type { FastifyRequest } from 'fastify';
import { AccountParams, PageQuery } from './account.schemas.ts';
import { addNoteToCase, assignCaseToMe, closeCase, openCase } from './case-actions.ts';
import { listCases } from './cases.ts';
import {
  AgentCasePage,
  CaseNoteBody,
  CaseParams,
  CloseCaseBody,
  OpenCaseBody,
} from './cases.schemas.ts';

const staff = { roles: ['agent', 'supervisor'] } as const;
const errors = { 404: ErrorResponse, 409: ErrorResponse, ...protectedErrorResponses };

const CaseChange = Type.Object(
  { id: Type.String(), status: Type.String(), message: Type.String() },
  { title: 'CaseChange' },
);
const OpenedCase = Type.Object(
  { id: Type.String(), slaDueAt: Type.String({ format: 'date-time' }), message: Type.String() },
  { title: 'OpenedCase' },
);

const contextOf = (request: FastifyRequest & { params: { accountId: number } }) => ({
  principal: principalOf(request),
  accountId: request.params.accountId,
  requestId: request.id,
});

/** The Cases tab: list, open, take, note and close; every change with a note, audited. */
export async function caseRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/accounts/:accountId/cases',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'listAccountCases',
        summary: 'The account’s cases with their notes; open ones first, soonest due first',
        params: AccountParams,
        querystring: PageQuery,
        response: { 200: AgentCasePage, ...protectedErrorResponses },
      },
    },
    async (request) =>
      listCases(
        app.database,
        request.params.accountId,
        principalOf(request).username,
        request.query,
      ),
  );

  app.post(
    '/accounts/:accountId/cases',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'openAccountCase',
        summary: 'Open a case; its SLA due time comes from configuration for its kind',
        params: AccountParams,
        body: OpenCaseBody,
        response: { 201: OpenedCase, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await openCase(app.database, contextOf(request), request.body)),
  );

  app.post(
    '/accounts/:accountId/cases/:caseId/assignment',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'takeAccountCase',
        summary: 'Assign the case to me; it is then in progress',
        params: CaseParams,
        body: CaseNoteBody,
        response: { 200: CaseChange, ...errors },
      },
    },
    async (request) =>
      assignCaseToMe(app.database, contextOf(request), request.params.caseId, request.body),
  );

  app.post(
    '/accounts/:accountId/cases/:caseId/notes',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'addAccountCaseNote',
        summary: 'Add a note to an open case',
        params: CaseParams,
        body: CaseNoteBody,
        response: { 201: CaseChange, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addNoteToCase(
            app.database,
            contextOf(request),
            request.params.caseId,
            request.body,
          ),
        ),
  );

  app.post(
    '/accounts/:accountId/cases/:caseId/closure',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'closeAccountCase',
        summary: 'Close the case with an outcome (upheld, denied, withdrawn) and a note',
        params: CaseParams,
        body: CloseCaseBody,
        response: { 200: CaseChange, ...errors },
      },
    },
    async (request) =>
      closeCase(app.database, contextOf(request), request.params.caseId, request.body),
  );
}
