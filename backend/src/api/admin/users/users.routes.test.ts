import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';

let testApp: SeededTestApp;
let admin: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  admin = await testApp.tokenFor('admin1');
}, testAppTimeoutMs);
afterAll(() => testApp.close());

async function call(
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: object,
  token = admin,
) {
  const response = await testApp.app.inject({
    method,
    url,
    payload,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.statusCode, body: response.json() };
}

const signIn = (username: string, password: string) =>
  call('POST', '/api/auth/login', { username, password }, '');

const audits = (action: string, entityId: string) =>
  testApp.adapters.database.query<{ actor_username: string; before: unknown; after: unknown }>(
    'select actor_username, before, after from audit_log where action = $1 and entity_id = $2',
    [action, entityId],
  );

const newAgent = {
  username: 'agent.new',
  displayName: 'Nia Agent',
  roles: ['agent'],
  team: 'Austin contact centre',
  password: 'a-long-first-password',
};

describe('staff users', () => {
  it('lists staff only, never customers', async () => {
    const { status, body } = await call('GET', '/api/admin/users?pageSize=100');
    expect(status).toBe(200);
    const names = body.items.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(['agent1', 'super1', 'admin1']));
    expect(names).not.toContain('customer1');
  });

  it('creates a user who can sign in, audited without the password', async () => {
    const { status, body } = await call('POST', '/api/admin/users', newAgent);
    expect(status).toBe(201);
    expect(body).toMatchObject({ username: 'agent.new', roles: ['agent'], disabled: false });
    expect((await signIn('agent.new', newAgent.password)).status).toBe(200);
    const [audit] = await audits('user.created', body.id);
    expect(audit).toMatchObject({ actor_username: 'admin1', before: null });
    expect(JSON.stringify(audit)).not.toContain(newAgent.password);
    expect((await call('POST', '/api/admin/users', newAgent)).status).toBe(409);
  });

  it('assigns a role and team, and disabling stops sign-in', async () => {
    const [user] = (await call('GET', '/api/admin/users?q=agent.new')).body.items;
    const promoted = await call('PATCH', `/api/admin/users/${user.id}`, {
      roles: ['agent', 'supervisor'],
      team: 'Leads',
    });
    expect(promoted.body).toMatchObject({ roles: ['agent', 'supervisor'], team: 'Leads' });
    const [update] = await audits('user.updated', user.id);
    expect(update.before).toMatchObject({ roles: ['agent'], team: 'Austin contact centre' });
    expect(update.after).toMatchObject({ roles: ['agent', 'supervisor'], team: 'Leads' });

    const disabled = await call('PATCH', `/api/admin/users/${user.id}`, { disabled: true });
    expect(disabled.body.disabled).toBe(true);
    expect((await signIn('agent.new', newAgent.password)).status).toBe(401);
    expect(await audits('user.disabled', user.id)).toHaveLength(1);
  });

  it('does not let an admin lock themself out', async () => {
    const [me] = (await call('GET', '/api/admin/users?q=admin1')).body.items;
    const response = await call('PATCH', `/api/admin/users/${me.id}`, { disabled: true });
    expect(response.status).toBe(409);
  });

  it('is for admins only', async () => {
    const supervisor = await testApp.tokenFor('super1');
    expect((await call('GET', '/api/admin/users', undefined, supervisor)).status).toBe(403);
    expect((await call('POST', '/api/admin/users', newAgent, supervisor)).status).toBe(403);
  });
});
