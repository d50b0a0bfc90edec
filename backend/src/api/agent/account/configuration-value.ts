import type { Database } from '../../../adapters/database/database.ts';

/**
 * The value of a business rule in force at `at` (the latest version not after it). A missing
 * rule is an installation error, not something to paper over with a default.
 */
export async function configurationNumberAt(
  database: Database,
  key: string,
  at: Date,
): Promise<number> {
  const [row] = await database.query<{ value: unknown }>(
    `select value from configuration where key = $1 and effective_from <= $2
     order by effective_from desc, id desc limit 1`,
    [key, at.toISOString()],
  );
  if (!row || typeof row.value !== 'number' || !Number.isSafeInteger(row.value)) {
    throw new Error(
      `configuration '${key}' is missing or not a whole number at ${at.toISOString()}`,
    );
  }
  return row.value;
}

/**
 * Any rule's value in force at `at`, or `fallback` for a rule added after the installation was
 * seeded (seeding writes every rule once; a later rule has no row until an admin schedules one).
 */
export async function configurationValueAt(
  database: Database,
  key: string,
  at: Date,
  fallback: unknown,
): Promise<unknown> {
  const [row] = await database.query<{ value: unknown }>(
    `select value from configuration where key = $1 and effective_from <= $2
     order by effective_from desc, id desc limit 1`,
    [key, at.toISOString()],
  );
  return row ? row.value : fallback;
}
