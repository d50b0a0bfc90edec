import { processTripBatch } from './process-trip-batch.ts';
import { appendTrips, rates, tripDay, tripEvent } from './testing/stream-fixtures.ts';
import { openStreamTestbed, type StreamTestbed } from './testing/stream-testbed.ts';

const minutesLater = (minutes: number) =>
  new Date(tripDay.getTime() + minutes * 60_000).toISOString();

describe('posting to prepaid balances', () => {
  let bed: StreamTestbed;

  beforeAll(async () => {
    bed = await openStreamTestbed();
  }, 60_000);
  beforeEach(() => bed.reset());
  afterAll(() => bed.close());

  async function post(events: object[]) {
    await appendTrips(bed.eventLog, bed.topics.raw, events);
    const records = await bed.eventLog.poll(bed.loopOptions.group, bed.topics.raw, {
      maxRecords: 100,
    });
    await bed.eventLog.commit(bed.loopOptions.group, records.at(-1) ?? records[0]!);
    return processTripBatch(bed.database, records);
  }

  const tagStatus = async (tagNo: string) =>
    (
      await bed.database.query<{ status: string }>('select status from tags where tag_no = $1', [
        tagNo,
      ])
    )[0]?.status;
  const balance = async (accountId: number) =>
    Number(
      (
        await bed.database.query<{ balance: unknown }>(
          'select coalesce(sum(amount_cents), 0) as balance from ledger_entries where account_id = $1',
          [accountId],
        )
      )[0]?.balance,
    );

  it('marks the tag low balance once the balance goes under the threshold', async () => {
    await post([tripEvent({ eventId: 'l-1', tagId: 'TAG-L' })]);
    expect(await tagStatus('TAG-L')).toBe('valid'); // 12.50 - 2.00 = 10.50

    await post([tripEvent({ eventId: 'l-2', tagId: 'TAG-L', occurredAt: minutesLater(10) })]);
    expect(await tagStatus('TAG-L')).toBe('low_balance'); // 8.50
    expect(await balance(bed.fixture.accounts.nearLow)).toBe(1250 - 2 * rates.v1.tag);
  });

  it('invalidates the tag at zero, rates later trips at the plate rate, and asks for one top-up', async () => {
    const { topUp } = bed.fixture.accounts;
    const outcome = await post([
      tripEvent({ eventId: 't-1', tagId: 'TAG-T' }), // 3.00 → 1.00
      tripEvent({ eventId: 't-2', tagId: 'TAG-T', occurredAt: minutesLater(10) }), // → -1.00
      tripEvent({ eventId: 't-3', tagId: 'TAG-T', occurredAt: minutesLater(20) }), // plate rate
    ]);

    expect(outcome.counts.posted).toBe(3);
    const trips = await bed.database.query<{
      event_id: string;
      amount_cents: unknown;
      rate_explanation: { rate: string };
    }>('select event_id, amount_cents, rate_explanation from trips order by occurred_at');
    expect(trips.map((t) => [t.event_id, Number(t.amount_cents), t.rate_explanation.rate])).toEqual(
      [
        ['t-1', rates.v1.tag, 'tag'],
        ['t-2', rates.v1.tag, 'tag'],
        ['t-3', rates.v1.plate, 'plate'],
      ],
    );
    expect(await tagStatus('TAG-T')).toBe('invalid');
    expect(await balance(topUp)).toBe(300 - 2 * rates.v1.tag - rates.v1.plate);
    const requests = await bed.database.query<{ amount_cents: unknown; status: string }>(
      `select amount_cents, status from payments where account_id = $1`,
      [topUp],
    );
    expect(requests.map((r) => [Number(r.amount_cents), r.status])).toEqual([[4000, 'pending']]);
  });

  it('leaves a tag a person marked lost alone and bills the plate instead', async () => {
    await bed.database.query(`update tags set status = 'lost' where tag_no = 'TAG-A'`);
    await post([
      tripEvent({
        eventId: 'lost-1',
        tagId: 'TAG-A',
        plate: { jurisdiction: 'NC', text: 'ABC1234', confidence: 0.99 },
      }),
    ]);

    const [trip] = await bed.database.query<{ read_type: string; amount_cents: unknown }>(
      'select read_type, amount_cents from trips',
    );
    expect([trip?.read_type, Number(trip?.amount_cents)]).toEqual(['plate', rates.v1.plate]);
    expect(await tagStatus('TAG-A')).toBe('lost');
  });
});
