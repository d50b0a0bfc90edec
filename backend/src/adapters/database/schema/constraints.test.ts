import type { Database } from '../database.ts';
import { migrateDatabase } from '../migrate.ts';
import { createPgliteDatabase } from '../pglite-database.ts';

/** The database itself refuses the rows that would corrupt money, whatever the code above does. */
describe('schema constraints', () => {
  let database: Database;

  beforeAll(async () => {
    database = await createPgliteDatabase();
    await migrateDatabase(database);
    for (const fixture of [
      `insert into accounts (account_no, type) values ('100000001', 'prepaid')`,
      `insert into plazas (code, name, roadway, latitude, longitude, time_zone, direction)
        values ('P1', 'Plaza', 'SH 1', 30, -97, 'America/Chicago', 'NB')`,
      `insert into lanes (plaza_id, code, type) values (1, 'L1', 'open_road')`,
      `insert into roadside_devices (lane_id, name, credential_hash) values (1, 'p1-l1', 'x')`,
    ]) {
      await database.query(fixture);
    }
  }, 60_000);
  afterAll(() => database.close());

  const trip = (eventId: string) =>
    database.query(
      `insert into trips (event_id, device_id, plaza_id, lane_id, direction, occurred_at, plate,
         jurisdiction, vehicle_class, status, read_type)
       values ($1, 1, 1, 1, 'NB', now(), 'ABC1234', 'TX', 2, 'unbilled', 'plate')`,
      [eventId],
    );
  const payment = (key: string, amountCents: number) =>
    database.query(
      `insert into payments (idempotency_key, request_hash, amount_cents, account_id)
       values ($1, 'h', $2, 1)`,
      [key, amountCents],
    );
  const card = (last4: string) =>
    database.query(
      `insert into payment_methods (account_id, gateway_token, brand, last4, exp_month, exp_year)
       values (1, $1, 'visa', $2, 12, 2030)`,
      [`tok-${last4}`, last4],
    );

  it('posts a trip event id once: a retried event is a unique violation', async () => {
    await trip('dev-1-000001');
    await expect(trip('dev-1-000001')).rejects.toThrow(/trips_event_id_unique/);
  });

  it('refuses a zero or negative payment', async () => {
    await expect(payment('k-neg', -500)).rejects.toThrow(/payments_amount_check/);
    await expect(payment('k-zero', 0)).rejects.toThrow(/payments_amount_check/);
    await payment('k-ok', 500);
  });

  it('refuses a reused idempotency key', async () => {
    await expect(payment('k-ok', 700)).rejects.toThrow(/payments_idempotency_key_unique/);
  });

  it('stores only four digits of a card, never a card number', async () => {
    await expect(card('4111111111111111')).rejects.toThrow(/payment_methods_last4_check/);
    await expect(card('41x1')).rejects.toThrow(/payment_methods_last4_check/);
    await card('1111');
  });

  it('names a one-off card on a payment by four digits only', async () => {
    const named = (key: string, last4: string) =>
      database.query(
        `insert into payments (idempotency_key, request_hash, amount_cents, account_id,
           card_brand, card_last4) values ($1, 'h', 500, 1, 'visa', $2)`,
        [key, last4],
      );
    await expect(named('k-pan', '4242424242424242')).rejects.toThrow(/payments_card_last4_check/);
    await named('k-last4', '4242');
  });

  it('posts the same ledger source once and keeps charges negative', async () => {
    const entry = (kind: string, amountCents: number, sourceRef: string) =>
      database.query(
        `insert into ledger_entries (account_id, kind, amount_cents, source_ref) values (1, $1, $2, $3)`,
        [kind, amountCents, sourceRef],
      );
    await entry('trip', -150, 'trip:1');
    await expect(entry('trip', -150, 'trip:1')).rejects.toThrow(
      /ledger_entries_kind_source_unique/,
    );
    await expect(entry('trip', 150, 'trip:2')).rejects.toThrow(/ledger_entries_sign_check/);
    await expect(entry('payment', -150, 'payment:9')).rejects.toThrow(/ledger_entries_sign_check/);
  });

  it('keeps a plate active on one account per jurisdiction', async () => {
    const vehicle = (plate: string, endDate: string | null) =>
      database.query(
        `insert into vehicles (account_id, plate, jurisdiction, start_date, end_date)
         values (1, $1, 'TX', '2026-01-01', $2)`,
        [plate, endDate],
      );
    await vehicle('KQX4821', '2026-06-01');
    await vehicle('KQX4821', null);
    await expect(vehicle('KQX4821', null)).rejects.toThrow(/vehicles_active_plate_unique/);
    await expect(vehicle('kqx-4821', null)).rejects.toThrow(/vehicles_plate_normalised/);
  });

  it('requires a note on every adjustment', async () => {
    await database.query(
      `insert into users (username, display_name, roles) values ('agent1', 'A', '{agent}')`,
    );
    await expect(
      database.query(
        `insert into adjustments (account_id, amount_cents, reason_code, note, requested_by)
         values (1, 500, 'GOODWILL', '  ', 1)`,
      ),
    ).rejects.toThrow(/adjustments_note_check/);
  });
});
