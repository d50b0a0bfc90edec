/**
 * The image review queue: trips whose plate read was too doubtful to bill, oldest first. An
 * agent claims one at a time for a few minutes; the claim is a row per trip taken with a
 * conditional upsert, so two agents never get the same trip, and an abandoned claim lapses.
 */
import type { Database } from '../../../adapters/database/database.ts';
import type { Principal } from '../../../adapters/identity/principal.ts';
import { notFound } from '../../../platform/errors.ts';
import { queryRows } from '../../../stream/sql-rows.ts';
import { staffActor } from '../account/action-context.ts';
import type { ReviewItem } from './review.schemas.ts';

/** Long enough to read a plate twice and look something up; short enough not to hide work. */
export const reviewClaimMinutes = 5;
/** A claim can lose a race to a concurrent agent (see claimNext); then it simply tries again. */
const CLAIM_ATTEMPTS = 3;

/**
 * Claims the oldest unclaimed trip in review for this agent (or returns the one the agent
 * already holds, so a reload shows the same image) and reads it for the review page.
 */
export async function claimNextReview(
  database: Database,
  principal: Principal,
  now: Date,
): Promise<{ item: ReviewItem | null; waiting: number }> {
  const expiresAt = new Date(now.getTime() + reviewClaimMinutes * 60_000);
  for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt += 1) {
    const claimed = await database.transaction(async (tx) => {
      const actor = await staffActor(tx, principal);
      // SKIP LOCKED passes over a trip another agent is claiming this instant; the upsert's
      // WHERE refuses a trip someone else holds, should it have been committed since.
      const [row] = await queryRows<{ trip_id: unknown }>(
        tx,
        `with candidate as (
           select t.id from trips t
           where t.status = 'review'
             and not exists (select 1 from review_claims c where c.trip_id = t.id
               and c.expires_at > $3::timestamptz and c.reviewer_username <> $2)
           order by exists (select 1 from review_claims c where c.trip_id = t.id
               and c.reviewer_username = $2) desc, t.occurred_at, t.id
           limit 1
           for update of t skip locked)
         insert into review_claims as rc (trip_id, reviewer_id, reviewer_username, claimed_at,
           expires_at)
         select id, $1, $2, $3::timestamptz, $4::timestamptz from candidate
         on conflict (trip_id) do update set
           reviewer_id = excluded.reviewer_id,
           reviewer_username = excluded.reviewer_username,
           claimed_at = case when rc.reviewer_username = excluded.reviewer_username
             then rc.claimed_at else excluded.claimed_at end,
           expires_at = excluded.expires_at
         where rc.expires_at <= $3::timestamptz or rc.reviewer_username = excluded.reviewer_username
         returning trip_id`,
        [actor.id, actor.username, now.toISOString(), expiresAt.toISOString()],
      );
      return row === undefined ? null : Number(row.trip_id);
    });
    const waiting = await countWaiting(database);
    if (claimed !== null) return { item: await readReviewItem(database, claimed), waiting };
    if (waiting === 0) break;
  }
  return { item: null, waiting: await countWaiting(database) };
}

async function countWaiting(database: Database): Promise<number> {
  const [row] = await database.query<{ n: unknown }>(
    `select count(*) as n from trips where status = 'review'`,
  );
  return Number(row?.n ?? 0);
}

async function readReviewItem(database: Database, tripId: number): Promise<ReviewItem> {
  const [row] = await database.query<{
    event_id: string;
    occurred_at: Date;
    code: string;
    name: string;
    time_zone: string;
    lane: string;
    direction: string;
    vehicle_class: number;
    tag_no: string | null;
    jurisdiction: string | null;
    plate: string | null;
    ocr_confidence: number | null;
    image_keys: string[] | null;
    expires_at: Date;
  }>(
    `select t.event_id, t.occurred_at, p.code, p.name, p.time_zone, l.code as lane, t.direction,
            t.vehicle_class, t.tag_no, t.jurisdiction, t.plate, t.ocr_confidence, t.image_keys,
            c.expires_at
     from trips t join plazas p on p.id = t.plaza_id join lanes l on l.id = t.lane_id
       join review_claims c on c.trip_id = t.id
     where t.id = $1`,
    [tripId],
  );
  if (!row) throw notFound(`No trip ${tripId} in review.`);
  return {
    tripId,
    eventId: row.event_id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    plazaCode: row.code,
    plazaName: row.name,
    timeZone: row.time_zone,
    lane: row.lane,
    direction: row.direction,
    vehicleClass: Number(row.vehicle_class),
    tagNo: row.tag_no,
    reading: {
      jurisdiction: row.jurisdiction,
      plate: row.plate,
      confidence: row.ocr_confidence === null ? null : Number(row.ocr_confidence),
    },
    imageKeys: row.image_keys ?? [],
    claimedUntil: new Date(row.expires_at).toISOString(),
  };
}

/**
 * The object key of a claimed trip's image: only the agent holding the claim, and only keys
 * of that trip, so the route cannot be used to read arbitrary objects from the store.
 */
export async function claimedImageKey(
  database: Database,
  principal: Principal,
  tripId: number,
  index: number,
): Promise<string> {
  const [row] = await database.query<{ key: string | null }>(
    `select t.image_keys[$3::int + 1] as key from trips t
     join review_claims c on c.trip_id = t.id and c.reviewer_username = $2
     where t.id = $1`,
    [tripId, principal.username, index],
  );
  if (!row?.key) throw notFound('No such image on a trip you are reviewing.');
  return row.key;
}
