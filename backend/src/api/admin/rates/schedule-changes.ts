/**
 * The audited writes on rate schedules: draft a new version, edit its entries, publish it. Each
 * change and its audit entry (before / after) commit in one transaction.
 */
import type { BeausDb, Database } from '../../../adapters/database/database.ts';
import { cents, scheduleInForce, validateSchedule } from '../../../domain/index.ts';
import type { RateEntry } from '../../../domain/index.ts';
import { publishDateProblem, scheduleEditLock } from '../../../domain/schedule-lifecycle.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { conflict, notFound } from '../../../platform/errors.ts';
import { queryRows } from '../../../stream/sql-rows.ts';
import { adminActor, type AdminContext, type Checked, type Problem } from '../admin-context.ts';
import { auditView, loadVersions, plazaZone, type StoredVersion } from './schedule-versions.ts';

const entityType = 'rate_schedule';

/** An entry as the request carries it: plain numbers, branded as cents once checked. */
export type ProposedEntry = Omit<RateEntry, 'tagRateCents' | 'plateRateCents'> & {
  tagRateCents: number;
  plateRateCents: number;
};

/**
 * A new draft for the plaza: a copy of the version in force now (or of the latest version when
 * none is in force yet), proposed to start `effectiveFrom` (tomorrow when not given).
 */
export async function createDraft(
  database: Database,
  context: AdminContext,
  plazaId: number,
  effectiveFrom?: Date,
): Promise<StoredVersion> {
  return database.transaction(async (tx) => {
    if (!(await plazaZone(tx, plazaId))) throw notFound(`No plaza ${plazaId}.`);
    // One writer per plaza at a time, so two drafts never take the same version number.
    await queryRows(tx, 'select id from plazas where id = $1 for update', [plazaId]);
    const versions = await loadVersions(tx, { plazaId });
    const inForceId = scheduleInForce(versions, String(plazaId), context.now)?.id;
    const source =
      versions.find((v) => v.id === inForceId) ??
      versions.find((v) => v.status === 'published') ??
      versions[0];
    const actor = await adminActor(tx, context.principal);
    const start = effectiveFrom ?? new Date(context.now.getTime() + 86_400_000);
    const [row] = await queryRows<{ id: unknown }>(
      tx,
      `insert into rate_schedules (plaza_id, version, effective_from, status, created_by)
       values ($1, $2, $3, 'draft', $4) returning id`,
      [plazaId, Math.max(0, ...versions.map((v) => v.version)) + 1, start.toISOString(), actor.id],
    );
    await insertEntries(tx, Number(row.id), source?.entries ?? []);
    const [draft] = await loadVersions(tx, { scheduleId: Number(row.id) });
    await recordAudit(tx, {
      actor,
      action: 'rate_schedule.drafted',
      entityType,
      entityId: draft.id,
      before: source ? { copiedFrom: source.id, ...auditView(source) } : null,
      after: auditView(draft),
      requestId: context.requestId,
    });
    return draft;
  });
}

/** Replaces the entries of an editable version after the domain's validation passes. */
export async function replaceEntries(
  database: Database,
  context: AdminContext,
  scheduleId: number,
  proposed: readonly ProposedEntry[],
): Promise<Checked<StoredVersion>> {
  // The schema keeps cents whole and non-negative; the domain's brand says so.
  const entries = proposed.map((e) => ({
    ...e,
    tagRateCents: cents(e.tagRateCents),
    plateRateCents: cents(e.plateRateCents),
  }));
  const problems = entryProblems(entries);
  if (problems.length > 0) return { ok: false, problems };
  return database.transaction(async (tx) => {
    const before = await lockedVersion(tx, scheduleId);
    if (scheduleEditLock(before, context.now)) {
      throw conflict(
        `Version ${before.version} took effect on ${before.effectiveFrom.toISOString()}; ` +
          'it rated trips already and can no longer change. Draft a new version instead.',
      );
    }
    await queryRows(tx, 'delete from rate_schedule_entries where schedule_id = $1', [scheduleId]);
    await insertEntries(tx, scheduleId, entries);
    const [after] = await loadVersions(tx, { scheduleId });
    await recordAudit(tx, {
      actor: await adminActor(tx, context.principal),
      action: 'rate_schedule.edited',
      entityType,
      entityId: scheduleId,
      before: auditView(before),
      after: auditView(after),
      requestId: context.requestId,
    });
    return { ok: true, value: after };
  });
}

/** Publishes a draft to take effect at `effectiveFrom`, which must be in the future. */
export async function publishDraft(
  database: Database,
  context: AdminContext,
  scheduleId: number,
  effectiveFrom: Date,
): Promise<Checked<StoredVersion>> {
  const dateProblem = publishDateProblem(effectiveFrom, context.now);
  if (dateProblem)
    return { ok: false, problems: [{ path: 'body/effectiveFrom', message: dateProblem }] };
  return database.transaction(async (tx) => {
    const before = await lockedVersion(tx, scheduleId);
    if (before.status !== 'draft') {
      throw conflict(`Version ${before.version} is already published.`);
    }
    const problems = entryProblems(before.entries);
    if (problems.length > 0) return { ok: false, problems };
    // Two versions starting at one instant would leave the choice to an id: refuse instead.
    const [clash] = await queryRows<{ version: number }>(
      tx,
      `select version from rate_schedules
       where plaza_id = $1 and status = 'published' and effective_from = $2`,
      [Number(before.plazaId), effectiveFrom.toISOString()],
    );
    if (clash) throw conflict(`Version ${clash.version} already starts at that instant.`);
    await queryRows(
      tx,
      `update rate_schedules set status = 'published', published_at = $2, effective_from = $3
       where id = $1`,
      [scheduleId, context.now.toISOString(), effectiveFrom.toISOString()],
    );
    const [after] = await loadVersions(tx, { scheduleId });
    await recordAudit(tx, {
      actor: await adminActor(tx, context.principal),
      action: 'rate_schedule.published',
      entityType,
      entityId: scheduleId,
      before: auditView(before),
      after: auditView(after),
      requestId: context.requestId,
    });
    return { ok: true, value: after };
  });
}

function entryProblems(entries: readonly RateEntry[]): Problem[] {
  if (entries.length === 0) {
    return [{ path: 'body/entries', message: 'a schedule needs at least one rate' }];
  }
  return validateSchedule(entries).map((problem) => ({
    path: 'body/entries',
    message: problem.message,
  }));
}

async function lockedVersion(tx: BeausDb, scheduleId: number): Promise<StoredVersion> {
  await queryRows(tx, 'select id from rate_schedules where id = $1 for update', [scheduleId]);
  const [version] = await loadVersions(tx, { scheduleId });
  if (!version) throw notFound(`No rate schedule ${scheduleId}.`);
  return version;
}

async function insertEntries(tx: BeausDb, scheduleId: number, entries: readonly RateEntry[]) {
  if (entries.length === 0) return;
  await queryRows(
    tx,
    `insert into rate_schedule_entries
       (schedule_id, vehicle_class, day_type, start_minute, end_minute, tag_rate_cents,
        plate_rate_cents)
     select $1, e."vehicleClass", e."dayType", e."startMinute", e."endMinute", e."tagRateCents",
            e."plateRateCents"
     from jsonb_to_recordset($2::jsonb) as e("vehicleClass" smallint, "dayType" text,
       "startMinute" smallint, "endMinute" smallint, "tagRateCents" bigint, "plateRateCents" bigint)`,
    [scheduleId, JSON.stringify(entries)],
  );
}
