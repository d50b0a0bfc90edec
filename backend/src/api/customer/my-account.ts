import type { Database } from '../../adapters/database/database.ts';
import type { RateExplanation } from '../../adapters/database/schema/index.ts';
import { cardExpiryAlerts, type CardExpiryAlert } from '../../domain/index.ts';
import { configurationKeys, defaultConfiguration } from '../../seed/configuration-defaults.ts';

export interface MyAccount {
  id: string;
  accountNo: string;
  type: string;
  status: string;
  holderName: string | null;
  balanceCents: number;
  autoTopUp: { thresholdCents: number; amountCents: number } | null;
  /** The default card: brand, last four and expiry only (the number is never stored). */
  cardOnFile: { brand: string; last4: string; expMonth: number; expYear: number } | null;
  /** The card auto top-up falls back to when the default one declines. */
  backupCard: { brand: string; last4: string; expMonth: number; expYear: number } | null;
  /** Cards expiring within the configured days, or expired: shown as dashboard alerts. */
  cardAlerts: CardExpiryAlert[];
  tags: {
    id: string;
    tagNo: string;
    status: string;
    plate: string | null;
    vehicleId: string | null;
  }[];
  /** Tags asked for and not yet sent. */
  tagRequests: { id: string; vehicleId: string; plate: string; requestedAt: string }[];
  /** Active vehicles, and rentals until their end date. */
  vehicles: {
    id: string;
    startDate: string;
    endDate: string | null;
    plate: string;
    jurisdiction: string;
    vehicleClass: number;
    make: string | null;
    model: string | null;
  }[];
  recentTrips: {
    id: string;
    occurredAt: string;
    plazaName: string;
    plazaCode: string;
    timeZone: string;
    plate: string | null;
    readType: string;
    amountCents: number | null;
    status: string;
    /** How the toll was computed, as the agent sees it; null until rated. */
    rate: RateExplanation | null;
    hasPhoto: boolean;
  }[];
}

const recentTripCount = 10;

/**
 * A customer's own account. The id comes only from the verified token, never from the request,
 * so one customer cannot ask for another's account.
 */
export async function loadMyAccount(
  database: Database,
  accountId: number,
  now = new Date(),
): Promise<MyAccount | null> {
  const [account] = await database.query<Record<string, string | null>>(
    `select a.id::text as id, a.account_no, a.type, a.status, a.company_name,
            a.auto_top_up_threshold_cents::text as threshold, a.auto_top_up_amount_cents::text as amount,
            c.full_name,
            (select coalesce(sum(amount_cents), 0) from ledger_entries where account_id = a.id)::text
              as balance
     from accounts a left join contacts c on c.account_id = a.id and c.is_primary
     where a.id = $1`,
    [accountId],
  );
  if (!account) return null;
  const tags = await database.query<{
    id: string;
    tag_no: string;
    status: string;
    plate: string | null;
    vehicle_id: string | null;
  }>(
    `select t.id::text, t.tag_no, t.status, v.plate, t.vehicle_id::text
     from tags t left join vehicles v on v.id = t.vehicle_id
     where t.account_id = $1 order by t.id`,
    [accountId],
  );
  const vehicles = await database.query<Record<string, string | number | null>>(
    `select id::text, plate, jurisdiction, vehicle_class, make, model,
            start_date::text as start_date, end_date::text as end_date
     from vehicles
     where account_id = $1 and (end_date is null or end_date >= $2::date) order by id`,
    [accountId, now.toISOString().slice(0, 10)],
  );
  const tagRequests = await database.query<{
    id: string;
    vehicle_id: string;
    plate: string;
    created_at: Date;
  }>(
    `select r.id::text, r.vehicle_id::text, v.plate, r.created_at
     from tag_requests r join vehicles v on v.id = r.vehicle_id
     where r.account_id = $1 and r.status = 'requested' order by r.id`,
    [accountId],
  );
  const cards = await database.query<CardRow>(
    `select m.brand, m.last4, m.exp_month, m.exp_year,
            case when m.is_default then 'primary' else 'backup' end as role
     from payment_methods m
     left join backup_payment_methods b on b.payment_method_id = m.id
     where m.account_id = $1 and (m.is_default or b.account_id = $1)
     order by m.is_default desc, m.id`,
    [accountId],
  );
  const card = cards.find((row) => row.role === 'primary');
  const backup = cards.find((row) => row.role === 'backup');
  const warningDays = await cardWarningDays(database, now);
  const trips = await database.query<TripRow>(
    `select t.id::text as id, t.occurred_at, p.name as plaza_name, p.code as plaza_code,
            p.time_zone, t.plate, t.read_type, t.amount_cents::text as amount, t.status,
            t.rate_explanation, coalesce(cardinality(t.image_keys), 0) > 0 as has_photo
     from trips t join plazas p on p.id = t.plaza_id
     where t.account_id = $1 order by t.occurred_at desc limit ${recentTripCount}`,
    [accountId],
  );
  return {
    id: String(account.id),
    accountNo: String(account.account_no),
    type: String(account.type),
    status: String(account.status),
    holderName: account.company_name ?? account.full_name,
    balanceCents: Number(account.balance),
    autoTopUp:
      account.amount === null
        ? null
        : { thresholdCents: Number(account.threshold), amountCents: Number(account.amount) },
    cardOnFile: card ? cardOf(card) : null,
    backupCard: backup ? cardOf(backup) : null,
    cardAlerts: cardExpiryAlerts(
      [card, backup]
        .filter((row) => row !== undefined)
        .map((row) => ({
          role: row.role,
          last4: row.last4,
          expMonth: row.exp_month,
          expYear: row.exp_year,
        })),
      now,
      warningDays,
    ),
    tags: tags.map((tag) => ({
      id: tag.id,
      tagNo: tag.tag_no,
      status: tag.status,
      plate: tag.plate,
      vehicleId: tag.vehicle_id,
    })),
    tagRequests: tagRequests.map((request) => ({
      id: request.id,
      vehicleId: request.vehicle_id,
      plate: request.plate,
      requestedAt: new Date(request.created_at).toISOString(),
    })),
    vehicles: vehicles.map((vehicle) => ({
      id: String(vehicle.id),
      startDate: String(vehicle.start_date),
      endDate: vehicle.end_date === null ? null : String(vehicle.end_date),
      plate: String(vehicle.plate),
      jurisdiction: String(vehicle.jurisdiction),
      vehicleClass: Number(vehicle.vehicle_class),
      make: vehicle.make === null ? null : String(vehicle.make),
      model: vehicle.model === null ? null : String(vehicle.model),
    })),
    recentTrips: trips.map((trip) => ({
      id: String(trip.id),
      occurredAt: new Date(trip.occurred_at as Date).toISOString(),
      plazaName: String(trip.plaza_name),
      plazaCode: String(trip.plaza_code),
      timeZone: String(trip.time_zone),
      plate: trip.plate === null ? null : String(trip.plate),
      readType: String(trip.read_type),
      amountCents: trip.amount === null ? null : Number(trip.amount),
      status: String(trip.status),
      rate: trip.rate_explanation,
      hasPhoto: trip.has_photo,
    })),
  };
}

type TripRow = Record<
  'id' | 'plaza_name' | 'plaza_code' | 'time_zone' | 'read_type' | 'status',
  string
> & {
  occurred_at: Date;
  plate: string | null;
  amount: string | null;
  rate_explanation: RateExplanation | null;
  has_photo: boolean;
};

interface CardRow {
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  role: 'primary' | 'backup';
}

function cardOf(row: CardRow) {
  return { brand: row.brand, last4: row.last4, expMonth: row.exp_month, expYear: row.exp_year };
}

/**
 * How many days ahead to warn of a card's expiry, as configured now. A database seeded before
 * this rule existed has no row for it; a warning is advice, so the default stands in there.
 */
async function cardWarningDays(database: Database, now: Date): Promise<number> {
  const key = configurationKeys.cardExpiryWarningDays;
  const [row] = await database.query<{ value: unknown }>(
    `select value from configuration where key = $1 and effective_from <= $2
     order by effective_from desc, id desc limit 1`,
    [key, now.toISOString()],
  );
  const value = row?.value ?? defaultConfiguration[key];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : 30;
}
