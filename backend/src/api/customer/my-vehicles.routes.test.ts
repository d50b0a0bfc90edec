import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';

let testApp: SeededTestApp;
let customer1: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  customer1 = await testApp.tokenFor('customer1');
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const query = <T>(text: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(text, params);

const post = (url: string, payload: Record<string, unknown>) =>
  testApp.app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${customer1}` },
    payload,
  });

const myAccount = async () =>
  (
    await testApp.app.inject({
      method: 'GET',
      url: '/api/customer/account',
      headers: { authorization: `Bearer ${customer1}` },
    })
  ).json<{ vehicles: { id: string; plate: string; endDate: string | null }[] }>();

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('POST /api/customer/vehicles', () => {
  it('adds a rental to my account until its return day, audited', async () => {
    const response = await post('/api/customer/vehicles', {
      plate: 'rnt-001',
      jurisdiction: 'tx',
      vehicleClass: 2,
      make: 'Kia',
      endDate: inDays(5),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      plate: 'RNT001',
      jurisdiction: 'TX',
      make: 'Kia',
      model: null,
      startDate: today(),
      endDate: inDays(5),
    });
    expect((await myAccount()).vehicles).toContainEqual(
      expect.objectContaining({ plate: 'RNT001', endDate: inDays(5) }),
    );
    const [audit] = await query<{ actor_username: string }>(
      `select actor_username from audit_log where action = 'vehicle.added' and entity_id = $1`,
      [response.json<{ id: string }>().id],
    );
    expect(audit?.actor_username).toBe('customer1');
  });

  it('refuses a plate that is on another account without naming the account', async () => {
    const [held] = await query<{ plate: string; jurisdiction: string; account_no: string }>(
      `select v.plate, v.jurisdiction, a.account_no from vehicles v join accounts a on a.id = v.account_id
       where v.account_id = 2 and v.end_date is null limit 1`,
    );
    const response = await post('/api/customer/vehicles', {
      plate: held!.plate,
      jurisdiction: held!.jurisdiction,
      vehicleClass: 2,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ message: string }>().message).toContain('is on another account');
    expect(response.body).not.toContain(held!.account_no);
  });

  it('refuses a return day in the past', async () => {
    const response = await post('/api/customer/vehicles', {
      plate: 'rnt-002',
      jurisdiction: 'tx',
      vehicleClass: 2,
      endDate: '2020-01-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toContain('body/endDate');
  });
});

describe('POST /api/customer/vehicles/:vehicleId/end', () => {
  it('ends my vehicle today, and it leaves my account', async () => {
    const added = await post('/api/customer/vehicles', {
      plate: 'end 001',
      jurisdiction: 'nc',
      vehicleClass: 2,
    });
    const { id } = added.json<{ id: string }>();
    const response = await post(`/api/customer/vehicles/${id}/end`, {});
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id, endDate: today() });
    const vehicles = (await myAccount()).vehicles;
    // Ended today still counts today; tomorrow it is gone.
    expect(vehicles.find((vehicle) => vehicle.id === id)?.endDate).toBe(today());
  });

  it("answers 404 for another customer's vehicle and leaves it alone", async () => {
    const [other] = await query<{ id: string }>(
      'select id::text from vehicles where account_id = 2 and end_date is null limit 1',
    );
    const response = await post(`/api/customer/vehicles/${other!.id}/end`, {});
    expect(response.statusCode).toBe(404);
    const [after] = await query<{ end_date: string | null }>(
      'select end_date::text from vehicles where id = $1',
      [other!.id],
    );
    expect(after?.end_date).toBeNull();
  });
});
