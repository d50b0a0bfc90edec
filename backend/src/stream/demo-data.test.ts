/**
 * The processor against the demo data `npm start` seeds: device names, plaza and lane codes,
 * tags, plates and configuration keys must line up with what the seed writes.
 */
import { migrateDatabase } from '../adapters/database/migrate.ts';
import { createPgliteDatabase } from '../adapters/database/pglite-database.ts';
import type { Database } from '../adapters/database/database.ts';
import { seedDemoData } from '../seed/index.ts';
import { processTripBatch } from './process-trip-batch.ts';

describe('the processor on seeded demo data', () => {
  let database: Database;
  const now = new Date();

  beforeAll(async () => {
    database = await createPgliteDatabase();
    await migrateDatabase(database);
    await seedDemoData(database, {
      scale: { accounts: 60, trips: 3000 },
      days: 30,
      seed: 11,
      asOf: now,
    });
  }, 120_000);
  afterAll(() => database.close());

  it('posts a tag read, a registered plate and an unknown plate', async () => {
    const [tag] = await database.query<{ tag_no: string; account_id: unknown }>(
      `select t.tag_no, t.account_id from tags t join accounts a on a.id = t.account_id
       where a.type = 'prepaid' and t.status = 'valid' order by t.id limit 1`,
    );
    const [lane] = await database.query<{ device: string; plaza: string; lane: string }>(
      `select d.name as device, p.code as plaza, l.code as lane from roadside_devices d
       join lanes l on l.id = d.lane_id join plazas p on p.id = l.plaza_id order by d.id limit 1`,
    );
    const [vehicle] = await database.query<{
      plate: string;
      jurisdiction: string;
      account_id: unknown;
    }>(
      `select v.plate, v.jurisdiction, v.account_id from vehicles v join accounts a on a.id = v.account_id
       where v.end_date is null and a.type = 'prepaid' order by v.id limit 1`,
    );
    const base = {
      schema: 'trip.v1',
      deviceId: lane?.device,
      plazaId: lane?.plaza,
      laneId: lane?.lane,
      direction: 'N',
      occurredAt: now.toISOString(),
      receivedAt: now.toISOString(),
      vehicleClass: 2,
      imageKeys: [],
    };
    const events = [
      { ...base, eventId: 'demo-tag', tagId: tag?.tag_no },
      {
        ...base,
        eventId: 'demo-plate',
        plate: { jurisdiction: vehicle?.jurisdiction, text: vehicle?.plate, confidence: 0.99 },
      },
      {
        ...base,
        eventId: 'demo-unknown',
        plate: { jurisdiction: 'NC', text: 'ZZZ9999', confidence: 0.99 },
      },
    ];
    const records = events.map((event, offset) => ({
      topic: 'trips.raw',
      partition: 0,
      offset,
      key: null,
      value: Buffer.from(JSON.stringify(event)),
      headers: {},
      timestamp: now,
    }));

    const outcome = await processTripBatch(database, records);

    expect(outcome.outcomes.map((o) => o.disposition)).toEqual(['posted', 'posted', 'posted']);
    const trips = await database.query<{
      event_id: string;
      status: string;
      account_id: unknown;
      amount_cents: unknown;
    }>(
      `select event_id, status, account_id, amount_cents from trips where event_id like 'demo-%' order by event_id`,
    );
    expect(
      trips.map((t) => [t.event_id, t.status, t.account_id === null ? null : Number(t.account_id)]),
    ).toEqual([
      ['demo-plate', 'posted', Number(vehicle?.account_id)],
      ['demo-tag', 'posted', Number(tag?.account_id)],
      ['demo-unknown', 'unbilled', null],
    ]);
    expect(trips.every((t) => Number(t.amount_cents) > 0)).toBe(true);
  });
});
