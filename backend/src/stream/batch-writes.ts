/**
 * The SQL of a batch: one statement per kind of row for the whole batch, all inside the batch's
 * transaction. Rows travel as one JSON parameter (jsonb_to_recordset), which both PGlite and
 * PostgreSQL read the same way. Every insert is idempotent: trips on the event id, ledger entries
 * on (kind, source), top-up requests on their idempotency key, dead letters on their dedupe key.
 */
import { createHash } from 'node:crypto';
import type { BeausDb } from '../adapters/database/database.ts';
import { cents } from '../domain/index.ts';
import type { TagStatus } from '../domain/index.ts';
import type { AccountState, NetTagChange, TopUpRequest } from './post-charges.ts';
import type { TripDraft } from './plan-trips.ts';
import { asJson, queryRows } from './sql-rows.ts';

/**
 * Locks the accounts (in id order, so two consumers never deadlock) and reads what posting needs:
 * the balance as the sum of entries, the tags, and the auto top-up setting.
 */
export async function lockAccountStates(
  tx: BeausDb,
  accountIds: readonly number[],
): Promise<Map<number, AccountState>> {
  const states = new Map<number, AccountState>();
  if (accountIds.length === 0) return states;
  const ids = asJson([...new Set(accountIds)].sort((a, b) => a - b));
  const accounts = await queryRows<{
    id: unknown;
    balance: unknown;
    threshold: unknown;
    amount: unknown;
    payment_method_id: unknown;
    top_up_pending: boolean;
  }>(
    tx,
    `select a.id, a.auto_top_up_threshold_cents as threshold, a.auto_top_up_amount_cents as amount,
       coalesce((select sum(l.amount_cents) from ledger_entries l where l.account_id = a.id), 0)
         as balance,
       (select pm.id from payment_methods pm where pm.account_id = a.id
         order by pm.is_default desc, pm.id limit 1) as payment_method_id,
       exists (select 1 from payments p where p.account_id = a.id and p.status = 'pending'
         and p.idempotency_key like 'auto-top-up:%') as top_up_pending
     from accounts a
     where a.id in (select jsonb_array_elements_text($1::jsonb)::bigint)
     order by a.id
     for update of a`,
    [ids],
  );
  const tags = await queryRows<{ tag_no: string; account_id: unknown; status: TagStatus }>(
    tx,
    `select tag_no, account_id, status from tags
     where account_id in (select jsonb_array_elements_text($1::jsonb)::bigint)`,
    [ids],
  );
  const tagsByAccount = new Map<number, { tagNo: string; status: TagStatus }[]>();
  for (const tag of tags) {
    const accountId = Number(tag.account_id);
    const list = tagsByAccount.get(accountId) ?? [];
    list.push({ tagNo: tag.tag_no, status: tag.status });
    tagsByAccount.set(accountId, list);
  }
  for (const row of accounts) {
    const accountId = Number(row.id);
    const canTopUp = row.amount !== null && row.payment_method_id !== null;
    states.set(accountId, {
      accountId,
      balanceCents: cents(Number(row.balance)),
      tags: tagsByAccount.get(accountId) ?? [],
      autoTopUp: canTopUp
        ? {
            amountCents: cents(Number(row.amount)),
            thresholdCents: cents(Number(row.threshold ?? 0)),
            paymentMethodId: Number(row.payment_method_id),
            pending: row.top_up_pending,
          }
        : null,
    });
  }
  return states;
}

/**
 * Inserts the trips not yet stored; returns event id → trip id for those actually inserted.
 * Columns travel as one array literal each (unnest): the server parses 20 flat arrays, cheaper
 * than a JSON document of 2000 objects (measured in bench/pipeline.ts).
 */
export async function insertTrips(
  tx: BeausDb,
  drafts: readonly TripDraft[],
  postedAt: Date,
): Promise<Map<string, number>> {
  if (drafts.length === 0) return new Map();
  const column = (value: (draft: TripDraft) => string | number | null) =>
    arrayLiteral(drafts.map(value));
  const rows = await queryRows<{ id: unknown; event_id: string }>(
    tx,
    `insert into trips (event_id, device_id, plaza_id, lane_id, direction, occurred_at,
       received_at, tag_no, plate, jurisdiction, ocr_confidence, vehicle_class, image_keys,
       account_id, status, read_type, amount_cents, rate_schedule_id, rate_explanation, posted_at)
     select r.event_id, r.device_id, r.plaza_id, r.lane_id, r.direction, r.occurred_at,
       r.received_at, r.tag_no, r.plate, r.jurisdiction, r.ocr_confidence, r.vehicle_class,
       r.image_keys::text[], r.account_id, r.status,
       r.read_type, r.amount_cents, r.rate_schedule_id, r.rate_explanation::jsonb,
       case when r.status = 'posted' then $20::timestamptz end
     from unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::text[],
       $6::timestamptz[], $7::timestamptz[], $8::text[], $9::text[], $10::text[], $11::real[],
       $12::smallint[], $13::text[], $14::bigint[], $15::text[], $16::text[], $17::bigint[],
       $18::bigint[], $19::text[])
       as r(event_id, device_id, plaza_id, lane_id, direction, occurred_at, received_at, tag_no,
         plate, jurisdiction, ocr_confidence, vehicle_class, image_keys, account_id, status,
         read_type, amount_cents, rate_schedule_id, rate_explanation)
     on conflict (event_id) do nothing
     returning id, event_id`,
    [
      column((d) => d.eventId),
      column((d) => d.deviceId),
      column((d) => d.plazaId),
      column((d) => d.laneId),
      column((d) => d.direction),
      column((d) => d.occurredAt.toISOString()),
      column((d) => d.receivedAt.toISOString()),
      column((d) => d.tagNo),
      column((d) => d.plate),
      column((d) => d.jurisdiction),
      column((d) => d.ocrConfidence),
      column((d) => d.vehicleClass),
      column((d) => textArray(d.imageKeys)),
      column((d) => d.accountId),
      column((d) => d.status),
      column((d) => d.readType),
      column((d) => d.amountCents),
      column((d) => d.rateScheduleId),
      column((d) => (d.rateExplanation === null ? null : JSON.stringify(d.rateExplanation))),
      postedAt.toISOString(),
    ],
  );
  return new Map(rows.map((row) => [row.event_id, Number(row.id)]));
}

/** A Postgres array literal: cheaper for the server than unpacking a JSON array per row. */
function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** A one-dimensional array literal of scalars; null and undefined become NULL. */
function arrayLiteral(values: readonly (string | number | null | undefined)[]): string {
  const items = values.map((value) =>
    value === null || value === undefined
      ? 'NULL'
      : typeof value === 'number'
        ? String(value)
        : `"${value.replace(/["\\]/g, '\\$&')}"`,
  );
  return `{${items.join(',')}}`;
}

export interface TripEntry {
  readonly tripId: number;
  readonly accountId: number;
  readonly amountCents: number;
  readonly description: string;
}

export async function insertTripEntries(tx: BeausDb, entries: readonly TripEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await queryRows(
    tx,
    `insert into ledger_entries (account_id, kind, amount_cents, trip_id, source_ref, description)
     select r.account_id, 'trip', r.amount_cents, r.trip_id, 'trip:' || r.trip_id, r.description
     from jsonb_to_recordset($1::jsonb)
       as r(account_id bigint, amount_cents bigint, trip_id bigint, description text)
     on conflict (kind, source_ref) do nothing`,
    [
      asJson(
        entries.map((e) => ({
          account_id: e.accountId,
          amount_cents: e.amountCents,
          trip_id: e.tripId,
          description: e.description,
        })),
      ),
    ],
  );
}

/** Only balance-driven moves; the `from` guard leaves a tag a person just marked lost alone. */
export async function applyTagChanges(
  tx: BeausDb,
  changes: readonly NetTagChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await queryRows(
    tx,
    `update tags set status = r.to_status
     from jsonb_to_recordset($1::jsonb) as r(tag_no text, from_status text, to_status text)
     where tags.tag_no = r.tag_no and tags.status = r.from_status`,
    [asJson(changes.map((c) => ({ tag_no: c.tagNo, from_status: c.from, to_status: c.to })))],
  );
}

/**
 * Records auto top-up requests as pending payments; the payments worker charges the card on file
 * through the gateway with this idempotency key, so a request is charged at most once.
 */
export async function recordTopUpRequests(
  tx: BeausDb,
  requests: readonly TopUpRequest[],
): Promise<void> {
  if (requests.length === 0) return;
  const rows = requests.map((request) => {
    const body = {
      accountId: request.accountId,
      amountCents: request.amountCents,
      paymentMethodId: request.paymentMethodId,
    };
    return {
      idempotency_key: `auto-top-up:${request.accountId}:${request.eventId}`,
      request_hash: createHash('sha256').update(JSON.stringify(body)).digest('hex'),
      amount_cents: request.amountCents,
      payment_method_id: request.paymentMethodId,
      account_id: request.accountId,
    };
  });
  await queryRows(
    tx,
    `insert into payments (idempotency_key, request_hash, amount_cents, status,
       payment_method_id, account_id)
     select r.idempotency_key, r.request_hash, r.amount_cents, 'pending', r.payment_method_id,
       r.account_id
     from jsonb_to_recordset($1::jsonb) as r(idempotency_key text, request_hash text,
       amount_cents bigint, payment_method_id bigint, account_id bigint)
     on conflict (idempotency_key) do nothing`,
    [asJson(rows)],
  );
}

export interface DeadLetterRow {
  readonly topic: string;
  readonly key: string | null;
  readonly dedupeKey: string;
  readonly reason: string;
  readonly payload: Record<string, unknown>;
}

/** Inserts the dead letters not recorded before; returns the dedupe keys actually inserted. */
export async function insertDeadLetters(
  tx: BeausDb,
  letters: readonly DeadLetterRow[],
): Promise<Set<string>> {
  if (letters.length === 0) return new Set();
  const rows = await queryRows<{ dedupe_key: string }>(
    tx,
    `insert into dead_letters (topic, key, payload, reason)
     select r.topic, r.key, r.payload, r.reason
     from jsonb_to_recordset($1::jsonb) as r(topic text, key text, payload jsonb, reason text)
     on conflict ((payload->>'dedupeKey')) do nothing
     returning payload->>'dedupeKey' as dedupe_key`,
    [
      asJson(
        letters.map((letter) => ({
          topic: letter.topic,
          key: letter.key,
          reason: letter.reason,
          payload: { ...letter.payload, dedupeKey: letter.dedupeKey },
        })),
      ),
    ],
  );
  return new Set(rows.map((row) => row.dedupe_key));
}
