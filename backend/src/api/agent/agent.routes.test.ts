import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';
import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';

let testApp: SeededTestApp;
let agentToken: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  agentToken = await testApp.tokenFor('agent1');
}, testAppTimeoutMs);
afterAll(() => testApp.close());

interface Summary {
  id: string;
  accountNo: string;
  name: string;
  email: string | null;
  plates: string[];
  balanceCents: number;
  matchedOn: string | null;
}
interface SearchPage {
  items: Summary[];
  total: number;
  page: number;
  pageSize: number;
}

async function search(query: Record<string, string | number>) {
  const response = await testApp.app.inject({
    method: 'GET',
    url: '/api/agent/accounts',
    query: Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)])),
    headers: { authorization: `Bearer ${agentToken}` },
  });
  return { status: response.statusCode, body: response.json<SearchPage>() };
}

const one = <T>(rows: T[]) => {
  expect(rows).toHaveLength(1);
  return rows[0];
};

describe('GET /api/agent/accounts', () => {
  it('pages through all accounts by account number when there is no query', async () => {
    const first = await search({ pageSize: 10 });
    const second = await search({ pageSize: 10, page: 2 });
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(60);
    expect(first.body.items.map((item) => item.accountNo)).toEqual(
      Array.from({ length: 10 }, (_, i) => String(100_000_001 + i)),
    );
    expect(second.body.items[0].accountNo).toBe('100000011');
  });

  it('sorts on the server in the direction asked', async () => {
    const { body } = await search({ pageSize: 5, sort: 'accountNo:desc' });
    expect(body.items[0].accountNo).toBe('100000060');
  });

  it('finds an account by a plate typed with spaces, dashes and lower case', async () => {
    const db = testApp.adapters.database;
    const { plate, account_id } = one(
      await db.query<{ plate: string; account_id: string }>(
        'select plate, account_id::text from vehicles where account_id = 5 order by id limit 1',
      ),
    );
    const typed = `${plate.slice(0, 3).toLowerCase()} - ${plate.slice(3)}`;
    const { body } = await search({ q: typed });
    expect(body.items[0]).toMatchObject({ id: account_id, matchedOn: 'plate' });
  });

  it.each([
    [
      'account number',
      `select account_no as q, id::text as id from accounts where id = 7`,
      'accountNo',
    ],
    ['tag number', `select tag_no as q, account_id::text as id from tags where id = 3`, 'tag'],
    [
      'invoice number',
      `select lower(invoice_no) as q, account_id::text as id from invoices
        where account_id is not null order by id limit 1`,
      'invoiceNo',
    ],
    ['e-mail', `select email as q, account_id::text as id from contacts where id = 9`, 'email'],
    [
      'phone, formatted',
      `select '(' || substr(phone, 3, 3) || ') ' || substr(phone, 6, 3) || '-' || substr(phone, 9)
         as q, account_id::text as id from contacts where id = 12`,
      'phone',
    ],
  ])('ranks the account first for an exact %s', async (_label, sql, matchedOn) => {
    const { q, id } = one(await testApp.adapters.database.query<{ q: string; id: string }>(sql));
    const { body } = await search({ q });
    expect(body.items[0]).toMatchObject({ id, matchedOn });
  });

  it('matches part of a name and masks personal data', async () => {
    const { first_name, last_name, email } = one(
      await testApp.adapters.database.query<{
        first_name: string;
        last_name: string;
        email: string;
      }>(
        `select first_name, last_name, email from contacts c join accounts a on a.id = c.account_id
          where c.is_primary and a.type = 'prepaid' order by c.id limit 1`,
      ),
    );
    const { body } = await search({ q: last_name.slice(0, 4).toLowerCase(), pageSize: 100 });
    const hit = body.items.find((item) => item.name === `${first_name[0]}. ${last_name}`);
    expect(hit).toBeDefined();
    expect(hit!.email).toBe(`${email[0]}***${email.slice(email.indexOf('@'))}`);
    expect(JSON.stringify(body)).not.toContain(email);
    expect(JSON.stringify(body)).not.toContain(first_name + ' ');
  });

  it('finds an account by a whole name and by part of an e-mail address', async () => {
    const { id, full_name, email } = one(
      await testApp.adapters.database.query<{ id: string; full_name: string; email: string }>(
        `select a.id::text as id, c.full_name, c.email from contacts c
         join accounts a on a.id = c.account_id
         where c.is_primary and c.email is not null order by c.id limit 1`,
      ),
    );
    const byName = await search({ q: full_name, pageSize: 100 });
    expect(byName.body.items.find((item) => item.id === id)?.matchedOn).toBe('name');
    const part = email.slice(0, email.indexOf('@') + 3);
    const byPart = await search({ q: part, pageSize: 100 });
    expect(byPart.body.items.find((item) => item.id === id)?.matchedOn).toBe('email');
  });

  it('reports the balance as the sum of the ledger', async () => {
    const { balance } = one(
      await testApp.adapters.database.query<{ balance: number }>(
        'select sum(amount_cents)::int as balance from ledger_entries where account_id = 1',
      ),
    );
    const { body } = await search({ q: '100000001' });
    expect(body.items[0].balanceCents).toBe(balance);
  });

  it('finds nothing for text that matches nothing, without failing on LIKE wildcards', async () => {
    expect((await search({ q: 'zzqx%_\\' })).body).toMatchObject({ items: [], total: 0 });
  });

  it('refuses an unknown sort column and an oversized page with 400', async () => {
    expect((await search({ sort: 'password:asc' })).status).toBe(400);
    expect((await search({ pageSize: 1000 })).status).toBe(400);
  });

  it('is closed to customers', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/agent/accounts',
      headers: { authorization: `Bearer ${await testApp.tokenFor('customer1')}` },
    });
    expect(response.statusCode).toBe(403);
  });
});
