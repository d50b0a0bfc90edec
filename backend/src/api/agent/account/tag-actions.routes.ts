import Type from 'typebox';
import type { BeausApp } from '../../../platform/app-types.ts';
import { principalOf } from '../../../platform/auth.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import { TagParams } from './account-actions.schemas.ts';
import { AccountParams, Tag } from './account.schemas.ts';
import { assignTag, replaceTag } from './tag-actions.ts';
import { listOpenTagRequests } from './tag-requests.ts';

const TagNo = Type.String({
  pattern: '^\\s*[A-Za-z0-9-]{4,24}\\s*$',
  description: 'The number printed on the transponder (4 to 24 letters, digits or dashes)',
});
const NoteText = Type.String({ minLength: 1, maxLength: 2000, description: 'Why: required' });

const AssignTagBody = Type.Object(
  {
    vehicleId: Type.Integer({ minimum: 1, description: 'An active vehicle of the account' }),
    tagNo: TagNo,
    note: NoteText,
  },
  { additionalProperties: false, title: 'AssignTagRequest' },
);

const ReplaceTagBody = Type.Object(
  { tagNo: TagNo, note: NoteText },
  { additionalProperties: false, title: 'ReplaceTagRequest' },
);

const TagReplacement = Type.Object(
  {
    replaced: Tag,
    tag: Tag,
  },
  { title: 'TagReplacement' },
);

const OpenTagRequest = Type.Object(
  {
    id: Type.String(),
    vehicleId: Type.String(),
    plate: Type.String(),
    jurisdiction: Type.String(),
    requestedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'AgentOpenTagRequest' },
);

const errors = { 404: ErrorResponse, 409: ErrorResponse, ...protectedErrorResponses };

/** Issue and swap transponders; each with a note, audited. */
export async function tagActionRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/accounts/:accountId/tag-requests',
    {
      config: { roles: ['agent', 'supervisor'] },
      schema: {
        tags: ['agent'],
        operationId: 'listAgentAccountTagRequests',
        summary: 'Tags the driver asked for online and no agent has assigned yet, oldest first',
        description:
          'At most one open request per vehicle; assigning or replacing a tag on that vehicle ' +
          'fulfils it.',
        params: AccountParams,
        response: {
          200: Type.Array(OpenTagRequest),
          404: ErrorResponse,
          ...protectedErrorResponses,
        },
      },
    },
    async (request) => listOpenTagRequests(app.database, request.params.accountId),
  );

  app.post(
    '/accounts/:accountId/tags',
    {
      config: { roles: ['agent', 'supervisor'] },
      schema: {
        tags: ['agent'],
        operationId: 'assignAccountTag',
        summary: 'Assign a new tag to an active vehicle of the account; a taken number is 409',
        params: AccountParams,
        body: AssignTagBody,
        response: { 201: Tag, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await assignTag(
          app.database,
          {
            principal: principalOf(request),
            accountId: request.params.accountId,
            requestId: request.id,
          },
          request.body,
        ),
      ),
  );

  app.post(
    '/accounts/:accountId/tags/:tagId/replacement',
    {
      config: { roles: ['agent', 'supervisor'] },
      schema: {
        tags: ['agent'],
        operationId: 'replaceAccountTag',
        summary: 'Replace a tag: the new number takes its vehicle, the old one goes inactive',
        description:
          'A tag reported lost or stolen keeps that status when replaced; any other becomes ' +
          'inactive. The new tag’s status follows the balance.',
        params: TagParams,
        body: ReplaceTagBody,
        response: { 201: TagReplacement, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await replaceTag(
          app.database,
          {
            principal: principalOf(request),
            accountId: request.params.accountId,
            requestId: request.id,
          },
          request.params.tagId,
          request.body,
        ),
      ),
  );
}
