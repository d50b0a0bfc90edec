import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { csvField } from './audit-query.ts';

let testApp: SeededTestApp;
let admin: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  admin = await testApp.tokenFor('admin1');
  await testApp.adapters.database.query(
    `insert into audit_log (actor_username, action, entity_type, entity_id, before, after, at)
     values ('agent1', 'tag.marked_lost', 'tag', '7', '{"status":"valid"}', '{"status":"lost"}',
             '2026-11-20T10:00:00Z'),
            ('admin1', 'configuration.scheduled', 'configuration', 'fees.x', null, '{"value":"=1+1"}',
             '2026-11-21T10:00:00Z'),
            ('agent1', 'note.added', 'account', '3', null, '{"body":"called, \\"ok\\""}',
             '2026-11-22T10:00:00Z')`,
  );
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const get = async (url: string, token = admin) =>
  testApp.app.inject({ url: `/api/admin${url}`, headers: { authorization: `Bearer ${token}` } });

describe('GET /api/admin/audit', () => {
  it('filters by actor, entity and time, newest first, with before and after', async () => {
    const body = (await get('/audit?actor=agent1&to=2026-11-23T00:00:00Z')).json();
    expect(body.total).toBe(2);
    expect(body.items.map((e: { action: string }) => e.action)).toEqual([
      'note.added',
      'tag.marked_lost',
    ]);
    expect(body.items[1]).toMatchObject({ before: { status: 'valid' }, after: { status: 'lost' } });
    const tags = (await get('/audit?entityType=tag&entityId=7')).json();
    expect(tags.items).toHaveLength(1);
    const window = (await get('/audit?from=2026-11-21T00:00:00Z&to=2026-11-22T00:00:00Z')).json();
    expect(window.items.map((e: { action: string }) => e.action)).toEqual([
      'configuration.scheduled',
    ]);
  });

  it('pages on the server', async () => {
    const body = (await get('/audit?actor=agent1&pageSize=1&page=2')).json();
    expect(body).toMatchObject({ total: 2, items: [{ action: 'tag.marked_lost' }] });
  });

  it('exports the filtered entries as CSV that a spreadsheet will not execute', async () => {
    const response = await get('/audit/export?from=2026-11-20T00:00:00Z&to=2026-11-23T00:00:00Z');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('at,actor,action,entity_type,entity_id,before,after,request_id');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"{""body"":""called, \\""ok\\""""}"');
  });

  it('is for admins only', async () => {
    expect((await get('/audit', await testApp.tokenFor('super1'))).statusCode).toBe(403);
    expect((await get('/audit/export', await testApp.tokenFor('agent1'))).statusCode).toBe(403);
  });
});

describe('csvField', () => {
  it('quotes separators and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5')).toBe("'-5");
  });
});
