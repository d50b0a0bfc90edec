import type { Database } from '../adapters/database/database.ts';
import { escalationLadder, type EscalationLadder } from '../domain/escalation.ts';
import { cents } from '../domain/money.ts';
import type { InvoiceRules } from '../domain/invoicing.ts';
import { configurationKeys } from '../seed/configuration-defaults.ts';

/**
 * The value of a business rule in force at `at`: the latest version not after it. A missing rule
 * is an installation error, never papered over with a default.
 */
export async function configurationValueAt(
  database: Database,
  key: string,
  at: Date,
): Promise<unknown> {
  const [row] = await database.query<{ value: unknown }>(
    `select value from configuration where key = $1 and effective_from <= $2
     order by effective_from desc, id desc limit 1`,
    [key, at.toISOString()],
  );
  if (!row) throw new Error(`configuration '${key}' is missing at ${at.toISOString()}`);
  return row.value;
}

async function wholeNumberAt(database: Database, key: string, at: Date): Promise<number> {
  const value = await configurationValueAt(database, key, at);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(`configuration '${key}' is not a whole number at ${at.toISOString()}`);
  }
  return value;
}

/** The toll-by-plate admin fee and days to pay, as configured at `at`. */
export async function invoiceRulesAt(database: Database, at: Date): Promise<InvoiceRules> {
  return {
    adminFeeCents: cents(await wholeNumberAt(database, configurationKeys.adminFeeCents, at)),
    dueDays: await wholeNumberAt(database, configurationKeys.invoiceDueDays, at),
    adminFeeRuleKey: configurationKeys.adminFeeCents,
  };
}

interface StoredLadderStep {
  stage: string;
  afterDays: number;
  feeCents: number;
  capPer12Months?: number;
}

/** The escalation ladder in force at `at`, validated by the domain (it throws on a bad one). */
export async function escalationLadderAt(database: Database, at: Date): Promise<EscalationLadder> {
  const value = await configurationValueAt(database, configurationKeys.escalationLadder, at);
  if (!Array.isArray(value)) {
    throw new Error(`configuration '${configurationKeys.escalationLadder}' is not a list`);
  }
  const stages = (value as StoredLadderStep[]).map((step) => ({
    key: step.stage,
    afterDays: step.afterDays,
    feeCents: step.feeCents,
    ...(step.capPer12Months === undefined ? {} : { capPer12Months: step.capPer12Months }),
  }));
  return escalationLadder({ stages });
}
