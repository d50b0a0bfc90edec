import type { Database } from '../../adapters/database/database.ts';
import { normalisePlateText } from '../../domain/plate.ts';

/** A toll found by plate and dates: what the driver needs to recognise it, nothing about owners. */
export interface PlateToll {
  id: string;
  occurredAt: string;
  plazaName: string;
  plazaCode: string;
  timeZone: string;
  vehicleClass: number;
  amountCents: number;
  rate: { band: string; dayType: string; rate: string; rateCents: number } | null;
  /** 'unbilled' can be paid now; 'invoiced' is on a bill already (pay it by invoice number). */
  status: 'unbilled' | 'invoiced';
  hasPhoto: boolean;
}

const dayMs = 86_400_000;

/** Days from `from` to `to`, both `YYYY-MM-DD`, inclusive; NaN when either is not a date. */
export function daysInRange(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs + 1;
}

/**
 * The toll-by-plate tolls of a plate whose local day at the plaza lies in [from, to]: unbilled
 * ones (payable now) and invoiced ones. Trips posted to a prepaid account are not shown: they
 * are that account holder's business, not the plate's (their status is 'posted').
 */
export async function findPlateTolls(
  database: Database,
  plateText: string,
  jurisdiction: string,
  from: string,
  to: string,
): Promise<PlateToll[]> {
  const plate = normalisePlateText(plateText);
  if (plate === '') return [];
  // A day either side in UTC lets the index narrow the scan; the plaza's local day decides.
  const rows = await database.query<{
    id: string;
    occurred_at: Date | string;
    plaza_name: string;
    plaza_code: string;
    time_zone: string;
    vehicle_class: number;
    amount_cents: string;
    rate_explanation: PlateToll['rate'] | null;
    status: 'unbilled' | 'invoiced';
    image_count: number;
  }>(
    `select t.id::text, t.occurred_at, p.name as plaza_name, p.code as plaza_code, p.time_zone,
            t.vehicle_class, t.amount_cents::text, t.rate_explanation, t.status,
            cardinality(t.image_keys) as image_count
     from trips t join plazas p on p.id = t.plaza_id
     where t.plate = $1 and t.jurisdiction = $2 and t.status in ('unbilled', 'invoiced')
       and t.amount_cents > 0
       and t.occurred_at >= $3::date - interval '1 day' and t.occurred_at < $4::date + interval '2 days'
       and (t.occurred_at at time zone p.time_zone)::date between $3::date and $4::date
     order by t.occurred_at, t.id
     limit 500`,
    [plate, jurisdiction.trim().toUpperCase(), from, to],
  );
  return rows.map((row) => ({
    id: row.id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    plazaName: row.plaza_name,
    plazaCode: row.plaza_code,
    timeZone: row.time_zone,
    vehicleClass: row.vehicle_class,
    amountCents: Number(row.amount_cents),
    rate: row.rate_explanation
      ? {
          band: row.rate_explanation.band,
          dayType: row.rate_explanation.dayType,
          rate: row.rate_explanation.rate,
          rateCents: row.rate_explanation.rateCents,
        }
      : null,
    status: row.status,
    hasPhoto: row.image_count > 0,
  }));
}

/** The evidence image key of a toll-by-plate trip (unbilled or invoiced); null otherwise. */
export async function plateTollImageKey(
  database: Database,
  tripId: string,
): Promise<string | null> {
  if (!/^\d{1,18}$/.test(tripId)) return null;
  const [row] = await database.query<{ key: string | null }>(
    `select image_keys[1] as key from trips
     where id = $1 and status in ('unbilled', 'invoiced')`,
    [tripId],
  );
  return row?.key ?? null;
}
