import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';

let testApp: SeededTestApp;
let agent: string;
let accountId: number;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  agent = await testApp.tokenFor('agent1');
  const [row] = await testApp.adapters.database.query<{ id: string }>(
    `select account_id::text as id from trips where account_id is not null
     group by account_id order by count(*) desc limit 1`,
  );
  accountId = Number(row.id);
}, testAppTimeoutMs);
afterAll(() => testApp.close());

async function tab(path: string, query: Record<string, string> = {}, token = agent) {
  const response = await testApp.app.inject({
    url: `/api/agent/accounts/${accountId}/${path}`,
    query,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() };
}

describe('account tabs', () => {
  it('pages trips newest first with plaza, lane, rate explanation and images', async () => {
    const first = await tab('trips', { pageSize: '5' });
    const second = await tab('trips', { pageSize: '5', page: '2' });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(5);
    expect(first.body.total).toBeGreaterThan(5);
    const times = [...first.body.items, ...second.body.items].map(
      (trip: { occurredAt: string }) => trip.occurredAt,
    );
    expect([...times].sort().reverse()).toEqual(times);
    expect(first.body.items[0]).toEqual(
      expect.objectContaining({
        plazaCode: expect.any(String),
        laneCode: expect.any(String),
        imageKeys: expect.any(Array),
      }),
    );
    const posted = first.body.items.find((t: { status: string }) => t.status === 'posted');
    expect(posted).toBeDefined();
    expect(posted.rateExplanation.rateCents).toBe(posted.amountCents);
  });

  it('gives each ledger line the balance right after it', async () => {
    const [{ balance }] = await testApp.adapters.database.query<{ balance: number }>(
      'select coalesce(sum(amount_cents), 0)::int as balance from ledger_entries where account_id = $1',
      [accountId],
    );
    const { body } = await tab('ledger', { pageSize: '20' });
    const lines: { amountCents: number; runningBalanceCents: number }[] = body.items;
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0].runningBalanceCents).toBe(balance);
    for (let i = 0; i + 1 < lines.length; i++) {
      expect(lines[i].runningBalanceCents - lines[i].amountCents).toBe(
        lines[i + 1].runningBalanceCents,
      );
    }
  });

  it('lists vehicles, tags, notes and history, and refuses a customer', async () => {
    for (const path of ['vehicles', 'tags', 'notes', 'history']) {
      const { status, body } = await tab(path);
      expect(status).toBe(200);
      expect(body).toMatchObject({ page: 1, pageSize: 25, total: expect.any(Number) });
    }
    const customer = await testApp.tokenFor('customer1');
    expect((await tab('trips', {}, customer)).status).toBe(403);
  });

  it('shows in history who changed the account', async () => {
    await testApp.app.inject({
      method: 'POST',
      url: `/api/agent/accounts/${accountId}/notes`,
      payload: { body: 'Caller asked about a toll.' },
      headers: { authorization: `Bearer ${agent}` },
    });
    const { body } = await tab('history');
    expect(body.items[0]).toMatchObject({ action: 'note.added', actorUsername: 'agent1' });
  });
});
