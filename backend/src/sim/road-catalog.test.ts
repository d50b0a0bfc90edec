import type { Database } from '../adapters/database/database.ts';
import { migrateDatabase } from '../adapters/database/migrate.ts';
import { createPgliteDatabase } from '../adapters/database/pglite-database.ts';
import { seedDemoData } from '../seed/index.ts';
import { loadRoadCatalog, loadVehiclesRegisteredAfter } from './road-catalog.ts';

let database: Database;

beforeAll(async () => {
  database = await createPgliteDatabase();
  await migrateDatabase(database);
  await seedDemoData(database, {
    scale: { accounts: 20, trips: 200 },
    days: 5,
    asOf: new Date('2026-11-25T15:30:00Z'),
  });
}, 120_000);
afterAll(() => database?.close());

async function registerVehicle(plate: string, tagNo: string | null): Promise<void> {
  const [vehicle] = await database.query<{ id: string }>(
    `insert into vehicles (account_id, plate, jurisdiction, vehicle_class, start_date)
     values (1, $1, 'NC', 2, '2026-11-25') returning id::text`,
    [plate],
  );
  if (tagNo) {
    await database.query(
      `insert into tags (tag_no, account_id, vehicle_id, status) values ($1, 1, $2, 'valid')`,
      [tagNo, vehicle.id],
    );
  }
}

describe('vehicles registered after the catalog was read', () => {
  it('finds only vehicles newer than the last look, each once, with a valid tag if any', async () => {
    const catalog = await loadRoadCatalog(database);
    await registerVehicle('NEWCAR1', null);
    await registerVehicle('NEWCAR2', 'NCQP.NEW0000002');
    // A new tag on a vehicle the simulator already knows is not a new vehicle.
    await database.query(
      `insert into tags (tag_no, account_id, vehicle_id, status)
       select 'NCQP.OLD0000001', account_id, id, 'valid' from vehicles where id = 1`,
    );

    const found = await loadVehiclesRegisteredAfter(database, catalog.lastVehicleId);
    expect(found.vehicles).toEqual([
      { jurisdiction: 'NC', plate: 'NEWCAR1', vehicleClass: 2, tagNo: null },
      { jurisdiction: 'NC', plate: 'NEWCAR2', vehicleClass: 2, tagNo: 'NCQP.NEW0000002' },
    ]);
    expect(found.lastVehicleId).toBe(catalog.lastVehicleId + 2);

    const again = await loadVehiclesRegisteredAfter(database, found.lastVehicleId);
    expect(again).toEqual({ vehicles: [], lastVehicleId: found.lastVehicleId });
  });
});
