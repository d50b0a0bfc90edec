import type { BeausApp } from '../../../platform/app-types.ts';
import { principalOf } from '../../../platform/auth.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import {
  AddVehicleBody,
  AdjustmentBody,
  AdjustmentResult,
  EndVehicleBody,
  NoteBody,
  TagParams,
  TagStatusBody,
  VehicleParams,
} from './account-actions.schemas.ts';
import { AccountParams, Note, Tag, Vehicle } from './account.schemas.ts';
import { addNote, addVehicle, endVehicle, markTag } from './account-changes.ts';
import { requestAdjustment } from './adjustment-action.ts';
import type { FastifyRequest } from 'fastify';

const staff = { roles: ['agent', 'supervisor'] } as const;
const errors = { 404: ErrorResponse, ...protectedErrorResponses };

const contextOf = (request: FastifyRequest & { params: { accountId: number } }) => ({
  principal: principalOf(request),
  accountId: request.params.accountId,
  requestId: request.id,
});

/** Actions from the account view; each requires a note and is audited with its change. */
export async function accountActionRoutes(app: BeausApp): Promise<void> {
  app.post(
    '/accounts/:accountId/adjustments',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'requestAdjustment',
        summary: 'Credit or debit with a reason code and note; above the agent limit it waits',
        description:
          'Within the agent limit the adjustment is applied to the ledger at once (201, status ' +
          'applied); above it, it is recorded as pending for supervisor approval (202).',
        params: AccountParams,
        body: AdjustmentBody,
        response: { 201: AdjustmentResult, 202: AdjustmentResult, ...errors },
      },
    },
    async (request, reply) => {
      const outcome = await requestAdjustment(app.database, contextOf(request), request.body);
      return reply.code(outcome.awaitingApproval ? 202 : 201).send(outcome);
    },
  );

  app.post(
    '/accounts/:accountId/notes',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'addAccountNote',
        summary: 'Leave a note on the account',
        params: AccountParams,
        body: NoteBody,
        response: { 201: Note, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addNote(app.database, contextOf(request), request.body.body)),
  );

  app.post(
    '/accounts/:accountId/vehicles',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'addAccountVehicle',
        summary: 'Add a vehicle (a rental with its end date); the plate must be free',
        params: AccountParams,
        body: AddVehicleBody,
        response: { 201: Vehicle, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addVehicle(app.database, contextOf(request), request.body)),
  );

  app.post(
    '/accounts/:accountId/vehicles/:vehicleId/end',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'endAccountVehicle',
        summary: 'End a vehicle on the account from a date',
        params: VehicleParams,
        body: EndVehicleBody,
        response: { 200: Vehicle, ...errors },
      },
    },
    async (request) =>
      endVehicle(app.database, contextOf(request), request.params.vehicleId, request.body),
  );

  app.post(
    '/accounts/:accountId/tags/:tagId/status',
    {
      config: staff,
      schema: {
        tags: ['agent'],
        operationId: 'markTagLostOrStolen',
        summary: 'Mark a tag lost or stolen',
        params: TagParams,
        body: TagStatusBody,
        response: { 200: Tag, 409: ErrorResponse, ...errors },
      },
    },
    async (request) =>
      markTag(app.database, contextOf(request), request.params.tagId, request.body),
  );
}
