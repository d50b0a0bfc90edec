import { formatMinute, scheduleInForce } from '../../../domain/index.ts';
import { scheduleEditLock } from '../../../domain/schedule-lifecycle.ts';
import type { BeausApp } from '../../../platform/app-types.ts';
import { ErrorResponse, notFound, protectedErrorResponses } from '../../../platform/errors.ts';
import { contextOf, problemResponse } from '../admin-context.ts';
import { priceTrip, whatIf } from './rate-preview.ts';
import {
  CalculatorQuery,
  DraftBody,
  EntriesBody,
  PlazaParams,
  PublishBody,
  RateQuote,
  RateScheduleDetail,
  RateScheduleList,
  ScheduleParams,
  WhatIfQuery,
  WhatIfResult,
} from './rate-schedule.schemas.ts';
import { createDraft, publishDraft, replaceEntries } from './schedule-changes.ts';
import { loadVersions, type StoredVersion } from './schedule-versions.ts';

const admin = { roles: ['admin'] } as const;
const errors = { 404: ErrorResponse, ...protectedErrorResponses };

function present(version: StoredVersion, inForceId: string | undefined, now: Date) {
  return {
    id: version.id,
    plazaId: version.plazaId,
    version: version.version,
    status: version.status === 'withdrawn' ? 'draft' : version.status,
    effectiveFrom: version.effectiveFrom.toISOString(),
    publishedAt: version.publishedAt?.toISOString() ?? null,
    createdBy: version.createdBy,
    createdAt: version.createdAt.toISOString(),
    inForce: version.id === inForceId,
    editable: scheduleEditLock(version, now) === null,
  } as const;
}

async function detail(app: BeausApp, scheduleId: number, now: Date) {
  const [version] = await loadVersions(app.database.db, { scheduleId });
  if (!version) throw notFound(`No rate schedule ${scheduleId}.`);
  const all = await loadVersions(app.database.db, { plazaId: Number(version.plazaId) });
  const inForce = scheduleInForce(all, version.plazaId, now)?.id;
  return { ...present(version, inForce, now), entries: [...version.entries] };
}

/** Rate schedule versions per plaza: draft, edit, publish, and the calculator and what-if. */
export async function rateScheduleRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/plazas/:plazaId/rate-schedules',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'listRateSchedules',
        summary: 'Every rate schedule version of a plaza, newest first',
        params: PlazaParams,
        response: { 200: RateScheduleList, ...errors },
      },
    },
    async (request) => {
      const now = new Date();
      const versions = await loadVersions(app.database.db, { plazaId: request.params.plazaId });
      const inForce = scheduleInForce(versions, String(request.params.plazaId), now)?.id;
      return {
        items: versions.map((v) => ({
          ...present(v, inForce, now),
          entryCount: v.entries.length,
        })),
      };
    },
  );

  app.post(
    '/plazas/:plazaId/rate-schedules',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'draftRateSchedule',
        summary: 'Start a draft: a copy of the version in force, to edit and publish',
        params: PlazaParams,
        body: DraftBody,
        response: { 201: RateScheduleDetail, ...errors },
      },
    },
    async (request, reply) => {
      const context = contextOf(request);
      const from = request.body.effectiveFrom;
      const draft = await createDraft(
        app.database,
        context,
        request.params.plazaId,
        from === undefined ? undefined : new Date(from),
      );
      return reply.code(201).send(await detail(app, Number(draft.id), context.now));
    },
  );

  app.get(
    '/rate-schedules/:scheduleId',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'getRateSchedule',
        summary: 'One version with all its rates',
        params: ScheduleParams,
        response: { 200: RateScheduleDetail, ...errors },
      },
    },
    async (request) => detail(app, request.params.scheduleId, new Date()),
  );

  app.put(
    '/rate-schedules/:scheduleId/entries',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'updateRateScheduleEntries',
        summary: 'Replace the rates of a draft (or of a version not yet in force)',
        description:
          'Every class needs weekday and weekend bands covering the day with no gap or overlap; ' +
          'rates above zero and the tag rate below the plate rate. 400 lists every problem; ' +
          '409 when the version has already taken effect.',
        params: ScheduleParams,
        body: EntriesBody,
        response: { 200: RateScheduleDetail, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const context = contextOf(request);
      const { scheduleId } = request.params;
      const result = await replaceEntries(app.database, context, scheduleId, request.body.entries);
      if (!result.ok) return reply.code(400).send(problemResponse('Rates', result.problems));
      return detail(app, scheduleId, context.now);
    },
  );

  app.post(
    '/rate-schedules/:scheduleId/publish',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'publishRateSchedule',
        summary: 'Publish a draft to take effect at a future instant',
        params: ScheduleParams,
        body: PublishBody,
        response: { 200: RateScheduleDetail, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const context = contextOf(request);
      const { scheduleId } = request.params;
      const effectiveFrom = new Date(request.body.effectiveFrom);
      const result = await publishDraft(app.database, context, scheduleId, effectiveFrom);
      if (!result.ok) return reply.code(400).send(problemResponse('Publish', result.problems));
      return detail(app, scheduleId, context.now);
    },
  );

  app.get(
    '/rates/calculate',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'calculateRate',
        summary: 'What a trip would cost at a time (published versions, or one draft)',
        querystring: CalculatorQuery,
        response: { 200: RateQuote, ...errors },
      },
    },
    async (request) => {
      const { at, ...rest } = request.query;
      const { plaza, result, version } = await priceTrip(app.database, {
        ...rest,
        at: new Date(at),
      });
      if (result.kind === 'unrated') {
        return {
          rated: false,
          amountCents: null,
          plazaCode: plaza.code,
          scheduleId: null,
          scheduleVersion: null,
          dayType: null,
          band: null,
          localTime: null,
          timeZone: plaza.timeZone,
          explanation: result.detail,
        };
      }
      const { explanation: why } = result;
      const band = `${formatMinute(why.band.startMinute)}–${formatMinute(why.band.endMinute)}`;
      return {
        rated: true,
        amountCents: result.amountCents,
        plazaCode: plaza.code,
        scheduleId: why.scheduleVersionId,
        scheduleVersion: version,
        dayType: why.dayType,
        band,
        localTime: why.localTime,
        timeZone: why.timeZone,
        explanation:
          `Class ${why.vehicleClass} ${why.rateKind} rate at ${plaza.code}, ${why.dayType} ` +
          `band ${band} (${why.localTime} ${why.timeZone}), schedule version ${version ?? '?'}.`,
      };
    },
  );

  app.get(
    '/rate-schedules/:scheduleId/what-if',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'rateScheduleWhatIf',
        summary: 'Revenue of the last N days of real trips under this version vs as charged',
        params: ScheduleParams,
        querystring: WhatIfQuery,
        response: { 200: WhatIfResult, ...errors },
      },
    },
    async (request) => {
      const result = await whatIf(
        app.database,
        request.params.scheduleId,
        request.query.days,
        new Date(),
      );
      return { ...result, from: result.from.toISOString(), to: result.to.toISOString() };
    },
  );
}
