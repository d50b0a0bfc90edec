import type { TagStatus } from '../adapters/database/schema/index.ts';
import { configurationKeys, defaultConfiguration } from './configuration-defaults.ts';
import { tagNoFor } from './identifiers.ts';
import { fixedTagStatuses, type Population } from './population.ts';
import type { Row, RowSink } from './row-sink.ts';

const lowBalanceCents = defaultConfiguration[configurationKeys.lowBalanceCents] as number;
const chunk = 50_000;

/**
 * Transponders, written last because their status follows the balance the history produced:
 * at or below zero invalid, under the low-balance threshold low_balance, otherwise valid.
 */
export async function seedTags(
  sink: RowSink,
  population: Population,
  balances: Float64Array,
): Promise<void> {
  let rows: Row[] = [];
  for (let vehicleId = 1; vehicleId <= population.vehicleCount; vehicleId++) {
    const tagId = population.vehicleTag[vehicleId];
    if (tagId === 0) continue;
    const accountId = population.vehicleAccount[vehicleId];
    rows.push({
      id: tagId,
      tag_no: tagNoFor(tagId),
      account_id: accountId,
      vehicle_id: vehicleId,
      status: tagStatus(population.tagFixedStatus[tagId], balances[accountId]),
      issued_at: new Date(population.accountCreatedMs[accountId]),
      created_at: new Date(population.accountCreatedMs[accountId]),
    });
    if (rows.length >= chunk) {
      await sink.write('tags', rows);
      rows = [];
    }
  }
  await sink.write('tags', rows);
}

function tagStatus(fixed: number, balanceCents: number): TagStatus {
  if (fixed > 0) return fixedTagStatuses[fixed] as TagStatus;
  if (balanceCents <= 0) return 'invalid';
  return balanceCents < lowBalanceCents ? 'low_balance' : 'valid';
}
