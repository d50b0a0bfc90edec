import { processTripBatch } from './process-trip-batch.ts';
import type { BatchOutcome } from './process-trip-batch.ts';
import {
  appendTrips,
  ledgerTotals,
  rates,
  scheduleV2From,
  tripDay,
  tripEvent,
} from './testing/stream-fixtures.ts';
import { openStreamTestbed, type StreamTestbed } from './testing/stream-testbed.ts';

const at = (minutes: number, seconds = 0) =>
  new Date(tripDay.getTime() + minutes * 60_000 + seconds * 1000).toISOString();
const plate = (text: string, confidence: number) => ({ jurisdiction: 'NC', text, confidence });

/** One read of every kind, with the disposition each must end in. */
const knownSet: { event: object | string; eventId: string | null; disposition: string }[] = [
  {
    event: tripEvent({ eventId: 'tag-1', tagId: 'TAG-A' }),
    eventId: 'tag-1',
    disposition: 'posted',
  },
  // A second antenna read the same passage two seconds later.
  {
    event: tripEvent({ eventId: 'tag-1-b', tagId: 'TAG-A', occurredAt: at(0, 2) }),
    eventId: 'tag-1-b',
    disposition: 'duplicate',
  },
  // The device retried: the same event id again in the same batch.
  {
    event: tripEvent({ eventId: 'tag-1', tagId: 'TAG-A' }),
    eventId: 'tag-1',
    disposition: 'duplicate',
  },
  {
    event: tripEvent({ eventId: 'plate-1', occurredAt: at(5), plate: plate('abc-1234', 0.95) }),
    eventId: 'plate-1',
    disposition: 'posted',
  },
  {
    event: tripEvent({ eventId: 'tbp-1', occurredAt: at(6), plate: plate('XYZ 999', 0.97) }),
    eventId: 'tbp-1',
    disposition: 'posted',
  },
  {
    event: tripEvent({ eventId: 'tbp-acct', occurredAt: at(7), plate: plate('TBP1', 0.95) }),
    eventId: 'tbp-acct',
    disposition: 'posted',
  },
  {
    event: tripEvent({ eventId: 'low-1', occurredAt: at(8), plate: plate('QQQ111', 0.5) }),
    eventId: 'low-1',
    disposition: 'not_posted',
  },
  { event: '{"schema":"trip.v1","eventId":"bad-1"', eventId: null, disposition: 'format_error' },
  { event: { schema: 'trip.v1', eventId: 'bad-2' }, eventId: 'bad-2', disposition: 'format_error' },
  {
    event: tripEvent({
      eventId: 'old-1',
      tagId: 'TAG-A',
      occurredAt: new Date(tripDay.getTime() - 200 * 86_400_000).toISOString(),
      receivedAt: tripDay.toISOString(),
    }),
    eventId: 'old-1',
    disposition: 'too_old',
  },
  {
    event: tripEvent({ eventId: 'nowhere-1', plazaId: 'NOPE', tagId: 'TAG-A' }),
    eventId: 'nowhere-1',
    disposition: 'invalid',
  },
  {
    event: tripEvent({ eventId: 'nobody-1', occurredAt: at(9) }),
    eventId: 'nobody-1',
    disposition: 'not_on_file',
  },
];

describe('processTripBatch', () => {
  let bed: StreamTestbed;

  beforeAll(async () => {
    bed = await openStreamTestbed();
  }, 60_000);
  beforeEach(() => bed.reset());
  afterAll(() => bed.close());

  async function processAll(group = bed.loopOptions.group): Promise<BatchOutcome> {
    const records = await bed.eventLog.poll(group, bed.topics.raw, { maxRecords: 1000 });
    return processTripBatch(bed.database, records);
  }

  it('gives every read of a known set exactly one disposition', async () => {
    await appendTrips(
      bed.eventLog,
      bed.topics.raw,
      knownSet.map((k) => k.event),
    );
    const outcome = await processAll();

    expect(outcome.outcomes.map((o) => [o.eventId, o.disposition])).toEqual(
      knownSet.map((k) => [k.eventId, k.disposition]),
    );
    expect(outcome.counts).toMatchObject({
      posted: 4,
      duplicate: 2,
      not_posted: 1,
      format_error: 2,
      too_old: 1,
      invalid: 1,
      not_on_file: 1,
    });
  });

  it('stores each outcome where people look for it', async () => {
    await appendTrips(
      bed.eventLog,
      bed.topics.raw,
      knownSet.map((k) => k.event),
    );
    const outcome = await processAll();
    const { accounts } = bed.fixture;

    const trips = await bed.database.query<Record<string, unknown>>(
      `select event_id, status, read_type, account_id, amount_cents from trips order by event_id`,
    );
    expect(
      trips.map((t) => [
        t['event_id'],
        t['status'],
        t['read_type'],
        t['account_id'] === null ? null : Number(t['account_id']),
        t['amount_cents'] === null ? null : Number(t['amount_cents']),
      ]),
    ).toEqual([
      ['low-1', 'review', 'review', null, null],
      ['plate-1', 'posted', 'plate', accounts.prepaid, rates.v1.plate],
      ['tag-1', 'posted', 'tag', accounts.prepaid, rates.v1.tag],
      ['tbp-1', 'unbilled', 'plate', null, rates.v1.plate],
      ['tbp-acct', 'unbilled', 'plate', accounts.tollByPlate, rates.v1.plate],
    ]);
    const letters = await bed.database.query<{ reason: string }>(
      `select reason from dead_letters order by reason`,
    );
    expect(letters.map((l) => l.reason.split(':')[0])).toEqual([
      'format_error',
      'format_error',
      'invalid',
      'not_on_file',
      'too_old',
    ]);
    expect(outcome.publish.posted).toHaveLength(4);
    expect(outcome.publish.review).toHaveLength(1);
    expect(outcome.publish.deadLetter).toHaveLength(5);
  });

  it('posts nothing twice when the whole log is replayed', async () => {
    await appendTrips(
      bed.eventLog,
      bed.topics.raw,
      knownSet.map((k) => k.event),
    );
    await processAll();
    const before = await ledgerTotals(bed.database);

    const replay = await processAll('a-second-group-reading-everything-again');

    expect(replay.counts.duplicate).toBe(knownSet.length);
    expect(replay.publish.posted).toHaveLength(0);
    expect(replay.publish.deadLetter).toHaveLength(0);
    expect(await ledgerTotals(bed.database)).toEqual(before);
    expect(before).toEqual({
      trips: 4,
      tripCents: 200 + 300 * 3,
      tripEntries: 2,
      tripEntryCents: -500,
    });
  });

  it('counts another antenna read of a passage posted in an earlier batch as a duplicate', async () => {
    await appendTrips(bed.eventLog, bed.topics.raw, [
      tripEvent({ eventId: 'a-1', tagId: 'TAG-A' }),
    ]);
    await processAll();
    await appendTrips(bed.eventLog, bed.topics.raw, [
      tripEvent({ eventId: 'a-2', tagId: 'TAG-A', occurredAt: at(0, 30) }),
      tripEvent({ eventId: 'a-3', tagId: 'TAG-A', occurredAt: at(3) }),
    ]);
    const records = await bed.eventLog.poll('later', bed.topics.raw, { maxRecords: 10 });
    const outcome = await processTripBatch(bed.database, records.slice(1));

    expect(outcome.outcomes.map((o) => o.disposition)).toEqual(['duplicate', 'posted']);
  });

  it('rates by the schedule in force at the trip time, not by one published for tomorrow', async () => {
    const tomorrow = new Date(scheduleV2From.getTime() + 10 * 3_600_000).toISOString();
    await appendTrips(bed.eventLog, bed.topics.raw, [
      tripEvent({ eventId: 'today', tagId: 'TAG-A' }),
      tripEvent({ eventId: 'tomorrow', tagId: 'TAG-A', occurredAt: tomorrow }),
    ]);
    await processAll();

    const trips = await bed.database.query<{
      event_id: string;
      amount_cents: unknown;
      rate_explanation: { scheduleVersion: number };
    }>(`select event_id, amount_cents, rate_explanation from trips order by occurred_at`);
    expect(
      trips.map((t) => [t.event_id, Number(t.amount_cents), t.rate_explanation.scheduleVersion]),
    ).toEqual([
      ['today', rates.v1.tag, 1],
      ['tomorrow', rates.v2.tag, 2],
    ]);
  });

  it('debits each posted trip once, so every balance is its opening less its trips', async () => {
    const { accounts } = bed.fixture;
    await appendTrips(
      bed.eventLog,
      bed.topics.raw,
      knownSet.map((k) => k.event),
    );
    await processAll();
    await processAll('replay');

    const balances = await bed.database.query<{
      account_id: unknown;
      balance: unknown;
      trips: unknown;
    }>(
      `select l.account_id, sum(l.amount_cents) as balance,
              (select coalesce(sum(t.amount_cents), 0) from trips t
               where t.account_id = l.account_id and t.status = 'posted') as trips
       from ledger_entries l group by l.account_id`,
    );
    const prepaid = balances.find((b) => Number(b.account_id) === accounts.prepaid);
    expect(Number(prepaid?.balance)).toBe(5000 - rates.v1.tag - rates.v1.plate);
    for (const row of balances) {
      const opening = { [accounts.prepaid]: 5000, [accounts.nearLow]: 1250, [accounts.topUp]: 300 }[
        Number(row.account_id)
      ];
      expect(Number(row.balance)).toBe((opening ?? 0) - Number(row.trips));
    }
  });
});
