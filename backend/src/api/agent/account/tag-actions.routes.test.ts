import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';

let testApp: SeededTestApp;
let agent: string;
let customer: string;
let accountId: number;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  [agent, customer] = await Promise.all(['agent1', 'customer1'].map((n) => testApp.tokenFor(n)));
  const [row] = await query<{ id: string }>(
    `select a.id::text as id from accounts a
     where a.type = 'prepaid'
       and (select count(*) from vehicles v where v.account_id = a.id and v.end_date is null) >= 2
     order by a.id limit 1`,
  );
  accountId = Number(row.id);
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

async function post(path: string, payload: object, token = agent, account = accountId) {
  const response = await testApp.app.inject({
    method: 'POST',
    url: `/api/agent/accounts/${account}/${path}`,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() };
}

/** An active vehicle of the account without a live tag (its tag is ended so one can be issued). */
async function vehicleWithoutLiveTag(): Promise<string> {
  const [vehicle] = await query<{ id: string }>(
    `select id::text as id from vehicles where account_id = $1 and end_date is null
     order by id limit 1`,
    [accountId],
  );
  await query(`update tags set status = 'inactive' where vehicle_id = $1`, [vehicle.id]);
  return vehicle.id;
}

const tagRow = (tagNo: string) =>
  query<{ id: string; status: string; vehicle_id: string }>(
    'select id::text as id, status, vehicle_id::text as vehicle_id from tags where tag_no = $1',
    [tagNo],
  ).then((rows) => rows[0]);

describe('POST /accounts/:accountId/tags', () => {
  it('assigns a fresh tag to a vehicle, status from the balance, with note and audit', async () => {
    const vehicleId = await vehicleWithoutLiveTag();
    const { status, body } = await post('tags', {
      vehicleId: Number(vehicleId),
      tagNo: ' e2e-new-0001 ',
      note: 'New transponder mailed',
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ tagNo: 'E2E-NEW-0001', vehicleId });
    expect(['valid', 'low_balance', 'invalid']).toContain(body.status);
    expect(await tagRow('E2E-NEW-0001')).toMatchObject({ vehicle_id: vehicleId });
    const [audit] = await query<{ actor_username: string }>(
      `select actor_username from audit_log where action = 'tag.assigned' and entity_id = $1`,
      [body.id],
    );
    expect(audit.actor_username).toBe('agent1');
    const notes = await query('select 1 from notes where account_id = $1 and body like $2', [
      accountId,
      'Tag E2E-NEW-0001 assigned%New transponder mailed',
    ]);
    expect(notes).toHaveLength(1);
  });

  it('refuses a tag number that is taken, on any account, with 409', async () => {
    const [other] = await query<{ tag_no: string }>(
      'select tag_no from tags where account_id <> $1 order by id limit 1',
      [accountId],
    );
    const [vehicle] = await query<{ id: string }>(
      `select v.id::text as id from vehicles v where v.account_id = $1 and v.end_date is null
         and not exists (select 1 from tags t where t.vehicle_id = v.id
                         and t.status in ('valid', 'low_balance', 'invalid'))
       order by v.id limit 1`,
      [accountId],
    );
    const vehicleId = vehicle ? Number(vehicle.id) : Number(await vehicleWithoutLiveTag());
    const { status, body } = await post('tags', {
      vehicleId,
      tagNo: other.tag_no,
      note: 'Typo check',
    });
    expect(status).toBe(409);
    expect(body.message).toContain(`${other.tag_no} is taken`);
  });

  it('refuses a vehicle that already has a live tag, another account’s vehicle and no note', async () => {
    const [live] = await query<{ vehicle_id: string }>(
      `select vehicle_id::text as vehicle_id from tags where account_id = $1
         and status in ('valid', 'low_balance', 'invalid') and vehicle_id is not null limit 1`,
      [accountId],
    );
    const twice = await post('tags', {
      vehicleId: Number(live.vehicle_id),
      tagNo: 'E2E-NEW-0002',
      note: 'Second tag',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toMatch(/replace it instead/);

    const [foreign] = await query<{ id: string }>(
      'select id::text as id from vehicles where account_id <> $1 order by id limit 1',
      [accountId],
    );
    const elsewhere = await post('tags', {
      vehicleId: Number(foreign.id),
      tagNo: 'E2E-NEW-0003',
      note: 'Wrong account',
    });
    expect(elsewhere.status).toBe(404);

    const blank = await post('tags', { vehicleId: 1, tagNo: 'E2E-NEW-0004', note: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.message).toContain('body/note');
    expect(await tagRow('E2E-NEW-0002')).toBeUndefined();
  });

  it('is for staff only', async () => {
    const { status } = await post('tags', { vehicleId: 1, tagNo: 'ABCD1234', note: 'x' }, customer);
    expect(status).toBe(403);
  });
});

describe('POST /accounts/:accountId/tags/:tagId/replacement', () => {
  it('moves the vehicle to the new tag and makes the old one inactive, audited', async () => {
    const [old] = await query<{ id: string; tag_no: string; vehicle_id: string; status: string }>(
      `select t.id::text as id, t.tag_no, t.vehicle_id::text as vehicle_id, t.status
       from tags t join vehicles v on v.id = t.vehicle_id
       where t.account_id = $1 and t.status in ('valid', 'low_balance', 'invalid')
         and v.end_date is null
       order by t.id limit 1`,
      [accountId],
    );
    const { status, body } = await post(`tags/${old.id}/replacement`, {
      tagNo: 'RPL-0001',
      note: 'Tag damaged in a car wash',
    });
    expect(status).toBe(201);
    expect(body.replaced).toMatchObject({ id: old.id, status: 'inactive' });
    expect(body.tag).toMatchObject({ tagNo: 'RPL-0001', vehicleId: old.vehicle_id });
    expect(await tagRow(old.tag_no)).toMatchObject({ status: 'inactive' });
    const [audit] = await query<{ before: unknown; after: { replacedBy: { tagNo: string } } }>(
      `select before, after from audit_log where action = 'tag.replaced' and entity_id = $1`,
      [old.id],
    );
    expect(audit.before).toEqual({ tagNo: old.tag_no, status: old.status });
    expect(audit.after.replacedBy.tagNo).toBe('RPL-0001');

    const again = await post(`tags/${old.id}/replacement`, { tagNo: 'RPL-0002', note: 'Again' });
    expect(again.status).toBe(409);
    expect(await tagRow('RPL-0002')).toBeUndefined();
  });

  it('keeps a stolen tag stolen when it is replaced', async () => {
    const [old] = await query<{ id: string; tag_no: string }>(
      `select t.id::text as id, t.tag_no from tags t join vehicles v on v.id = t.vehicle_id
       where t.account_id = $1 and t.status in ('valid', 'low_balance', 'invalid')
         and v.end_date is null
       order by t.id limit 1`,
      [accountId],
    );
    expect((await post(`tags/${old.id}/status`, { status: 'stolen', note: 'Stolen' })).status).toBe(
      200,
    );
    const { status, body } = await post(`tags/${old.id}/replacement`, {
      tagNo: 'RPL-0003',
      note: 'Replacement for the stolen tag',
    });
    expect(status).toBe(201);
    expect(body.replaced.status).toBe('stolen');
    expect(await tagRow(old.tag_no)).toMatchObject({ status: 'stolen' });
  });

  it('refuses a taken number and a tag of another account', async () => {
    const [mine] = await query<{ id: string }>(
      `select t.id::text as id from tags t join vehicles v on v.id = t.vehicle_id
       where t.account_id = $1 and t.status <> 'inactive' and v.end_date is null limit 1`,
      [accountId],
    );
    const taken = await post(`tags/${mine.id}/replacement`, { tagNo: 'RPL-0001', note: 'x' });
    expect(taken.status).toBe(409);
    const [foreign] = await query<{ id: string }>(
      'select id::text as id from tags where account_id <> $1 order by id limit 1',
      [accountId],
    );
    const elsewhere = await post(`tags/${foreign.id}/replacement`, {
      tagNo: 'RPL-0009',
      note: 'x',
    });
    expect(elsewhere.status).toBe(404);
  });
});

describe('open tag requests', () => {
  const list = async (token = agent) => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/agent/accounts/${accountId}/tag-requests`,
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.statusCode, body: response.json() };
  };

  it('lists what the driver asked for; assigning the tag fulfils it in one go', async () => {
    const [vehicle] = await query<{ id: string; plate: string }>(
      `select id::text as id, plate from vehicles where account_id = $1 and end_date is null
       order by id offset 1 limit 1`,
      [accountId],
    );
    await query(`update tags set status = 'inactive' where vehicle_id = $1`, [vehicle.id]);
    const [request] = await query<{ id: string }>(
      `insert into tag_requests (account_id, vehicle_id) values ($1, $2) returning id::text as id`,
      [accountId, vehicle.id],
    );
    const open = await list();
    expect(open.status).toBe(200);
    expect(open.body).toEqual([
      expect.objectContaining({ id: request.id, vehicleId: vehicle.id, plate: vehicle.plate }),
    ]);

    const assigned = await post('tags', {
      vehicleId: Number(vehicle.id),
      tagNo: 'REQ-0001',
      note: 'Sent the requested tag',
    });
    expect(assigned.status).toBe(201);
    const [fulfilled] = await query<{ status: string; tag_id: string; fulfilled_at: Date | null }>(
      'select status, tag_id::text as tag_id, fulfilled_at from tag_requests where id = $1',
      [request.id],
    );
    expect(fulfilled).toMatchObject({ status: 'fulfilled', tag_id: assigned.body.id });
    expect(fulfilled.fulfilled_at).not.toBeNull();
    const [audit] = await query<{ after: { fulfilledTagRequestId: number } }>(
      `select after from audit_log where action = 'tag.assigned' and entity_id = $1`,
      [assigned.body.id],
    );
    expect(audit.after.fulfilledTagRequestId).toBe(Number(request.id));
    expect((await list()).body).toEqual([]);
  });

  it('fulfils the request when a lost tag is replaced', async () => {
    const [lost] = await query<{ id: string; vehicle_id: string }>(
      `select t.id::text as id, t.vehicle_id::text as vehicle_id
       from tags t join vehicles v on v.id = t.vehicle_id
       where t.account_id = $1 and t.status in ('valid', 'low_balance', 'invalid')
         and v.end_date is null
       order by t.id desc limit 1`,
      [accountId],
    );
    await query(`update tags set status = 'lost' where id = $1`, [lost.id]);
    const [request] = await query<{ id: string }>(
      `insert into tag_requests (account_id, vehicle_id) values ($1, $2) returning id::text as id`,
      [accountId, lost.vehicle_id],
    );
    const { status, body } = await post(`tags/${lost.id}/replacement`, {
      tagNo: 'REQ-0002',
      note: 'Replacement the driver asked for',
    });
    expect(status).toBe(201);
    const [fulfilled] = await query<{ status: string; tag_id: string }>(
      'select status, tag_id::text as tag_id from tag_requests where id = $1',
      [request.id],
    );
    expect(fulfilled).toEqual({ status: 'fulfilled', tag_id: body.tag.id });
  });

  it('is for staff only', async () => {
    expect((await list(customer)).status).toBe(403);
  });
});
