import type { Database } from '../../adapters/database/database.ts';

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
  tags: { tagNo: string; status: string; plate: string | null }[];
  vehicles: {
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
  const tags = await database.query<{ tag_no: string; status: string; plate: string | null }>(
    `select t.tag_no, t.status, v.plate from tags t left join vehicles v on v.id = t.vehicle_id
     where t.account_id = $1 order by t.id`,
    [accountId],
  );
  const vehicles = await database.query<Record<string, string | number | null>>(
    `select plate, jurisdiction, vehicle_class, make, model from vehicles
     where account_id = $1 and end_date is null order by id`,
    [accountId],
  );
  const [card] = await database.query<{
    brand: string;
    last4: string;
    exp_month: number;
    exp_year: number;
  }>(
    `select brand, last4, exp_month, exp_year from payment_methods
     where account_id = $1 and is_default order by id limit 1`,
    [accountId],
  );
  const trips = await database.query<Record<string, string | Date | null>>(
    `select t.id::text as id, t.occurred_at, p.name as plaza_name, p.code as plaza_code,
            p.time_zone, t.plate, t.read_type, t.amount_cents::text as amount, t.status
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
    cardOnFile: card
      ? { brand: card.brand, last4: card.last4, expMonth: card.exp_month, expYear: card.exp_year }
      : null,
    tags: tags.map((tag) => ({ tagNo: tag.tag_no, status: tag.status, plate: tag.plate })),
    vehicles: vehicles.map((vehicle) => ({
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
    })),
  };
}
