/**
 * Effective-dated business rules: the value in force now and the ones scheduled after it, and
 * scheduling a new value from a future instant (audited with the value it replaces at that time).
 */
import type { Database } from '../../../adapters/database/database.ts';
import { versionInForce, type ConfigVersion } from '../../../domain/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { conflict, notFound } from '../../../platform/errors.ts';
import { queryRows } from '../../../stream/sql-rows.ts';
import { adminActor, type AdminContext, type Checked } from '../admin-context.ts';
import { ruleDefinition, ruleDefinitions, ruleValueProblems } from './rule-schemas.ts';

export interface RuleValue {
  value: unknown;
  effectiveFrom: string;
  createdBy: string | null;
}

export interface RuleView {
  key: string;
  kind: string;
  current: RuleValue | null;
  scheduled: RuleValue[];
}

interface Row {
  id: unknown;
  key: string;
  value: unknown;
  effective_from: Date;
  created_by: string | null;
}

async function loadRows(database: Database, key?: string): Promise<Row[]> {
  return database.query<Row>(
    `select c.id, c.key, c.value, c.effective_from, u.username as created_by
     from configuration c left join users u on u.id = c.created_by
     where $1::text is null or c.key = $1 order by c.key, c.effective_from`,
    [key ?? null],
  );
}

const asVersion = (row: Row): ConfigVersion & { createdBy: string | null } => ({
  key: row.key,
  value: row.value,
  effectiveFrom: new Date(row.effective_from),
  revision: Number(row.id),
  createdBy: row.created_by,
});

const asValue = (version: ConfigVersion & { createdBy: string | null }): RuleValue => ({
  value: version.value,
  effectiveFrom: version.effectiveFrom.toISOString(),
  createdBy: version.createdBy,
});

/** Each rule with its value in force at `now` and every value scheduled after it. */
export async function listRules(database: Database, now: Date): Promise<RuleView[]> {
  const versions = (await loadRows(database)).map(asVersion);
  return ruleDefinitions.map((rule) => {
    const current = versionInForce(versions, rule.key, now);
    const scheduled = versions
      .filter((v) => v.key === rule.key && v.effectiveFrom.getTime() > now.getTime())
      .map(asValue);
    return {
      key: rule.key,
      kind: rule.kind,
      current: current ? asValue(current as (typeof versions)[number]) : null,
      scheduled,
    };
  });
}

/** Schedules `value` for `key` from `effectiveFrom`, which must be in the future. */
export async function scheduleRule(
  database: Database,
  context: AdminContext,
  key: string,
  value: unknown,
  effectiveFrom: Date,
): Promise<Checked<RuleView>> {
  const rule = ruleDefinition(key);
  if (!rule) throw notFound(`No business rule ${key}.`);
  if (effectiveFrom.getTime() <= context.now.getTime()) {
    const message = 'the effective date must be in the future: past events keep their rules';
    return { ok: false, problems: [{ path: 'body/effectiveFrom', message }] };
  }
  const problems = ruleValueProblems(rule, value);
  if (problems.length > 0) return { ok: false, problems };
  await database.transaction(async (tx) => {
    const existing = await queryRows<Row>(
      tx,
      'select id, key, value, effective_from, null as created_by from configuration where key = $1',
      [key],
    );
    const replaced = versionInForce(existing.map(asVersion), key, effectiveFrom);
    if (replaced && replaced.effectiveFrom.getTime() === effectiveFrom.getTime()) {
      throw conflict(`${key} already has a value from ${effectiveFrom.toISOString()}.`);
    }
    const actor = await adminActor(tx, context.principal);
    const [row] = await queryRows<{ id: unknown }>(
      tx,
      `insert into configuration (key, value, effective_from, created_by)
       values ($1, $2::jsonb, $3, $4) returning id`,
      [key, JSON.stringify(value), effectiveFrom.toISOString(), actor.id],
    );
    await recordAudit(tx, {
      actor,
      action: 'configuration.scheduled',
      entityType: 'configuration',
      entityId: key,
      before: replaced
        ? { value: replaced.value, effectiveFrom: replaced.effectiveFrom.toISOString() }
        : null,
      after: { id: Number(row.id), value, effectiveFrom: effectiveFrom.toISOString() },
      requestId: context.requestId,
    });
  });
  const [view] = (await listRules(database, context.now)).filter((r) => r.key === key);
  return { ok: true, value: view };
}
