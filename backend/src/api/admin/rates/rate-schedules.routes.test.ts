import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';

let testApp: SeededTestApp;
let admin: string;
let plazaId: number;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  admin = await testApp.tokenFor('admin1');
  const [row] = await testApp.adapters.database.query<{ id: string }>(
    `select id::text as id from plazas where code = 'AUS-PRM'`,
  );
  plazaId = Number(row.id);
}, testAppTimeoutMs);
afterAll(() => testApp.close());

async function call(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, token = admin) {
  const response = await testApp.app.inject({
    method,
    url: `/api/admin${url}`,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() };
}

interface Entry {
  vehicleClass: number;
  dayType: string;
  startMinute: number;
  endMinute: number;
  tagRateCents: number;
  plateRateCents: number;
}

const audits = (action: string, entityId: string) =>
  testApp.adapters.database.query<{ actor_username: string; before: unknown; after: unknown }>(
    'select actor_username, before, after from audit_log where action = $1 and entity_id = $2',
    [action, entityId],
  );

const day = 86_400_000;
const quote = (at: Date, scheduleId?: number) =>
  call(
    'GET',
    `/rates/calculate?plazaId=${plazaId}&vehicleClass=2&readKind=tag&at=${at.toISOString()}` +
      (scheduleId ? `&scheduleId=${scheduleId}` : ''),
  );

/** Every class-2 rate raised by 100 cents (tag and plate alike). */
const raised = (entries: Entry[]) =>
  entries.map((e) =>
    e.vehicleClass === 2
      ? { ...e, tagRateCents: e.tagRateCents + 100, plateRateCents: e.plateRateCents + 100 }
      : e,
  );

describe('rate schedule versions', () => {
  it('lists the versions of a plaza with the one in force marked', async () => {
    const { status, body } = await call('GET', `/plazas/${plazaId}/rate-schedules`);
    expect(status).toBe(200);
    const inForce = body.items.filter((v: { inForce: boolean }) => v.inForce);
    expect(inForce).toHaveLength(1);
    expect(inForce[0]).toMatchObject({ status: 'published', editable: false });
  });

  it('drafts, validates, previews and publishes a change that applies from its date only', async () => {
    const before = await quote(new Date());
    expect(before.body.rated).toBe(true);

    const draft = await call('POST', `/plazas/${plazaId}/rate-schedules`, {});
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', editable: true, inForce: false });
    const [drafted] = await audits('rate_schedule.drafted', draft.body.id);
    expect(drafted.actor_username).toBe('admin1');
    expect(drafted.before).toMatchObject({ copiedFrom: before.body.scheduleId });

    const gap = draft.body.entries.filter(
      (e: Entry) => !(e.vehicleClass === 2 && e.startMinute === 0),
    );
    const refused = await call('PUT', `/rate-schedules/${draft.body.id}/entries`, { entries: gap });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/class 2 weekday 00:00–06:00 has no rate/);

    const entries = raised(draft.body.entries);
    const edited = await call('PUT', `/rate-schedules/${draft.body.id}/entries`, { entries });
    expect(edited.status).toBe(200);
    const [edit] = await audits('rate_schedule.edited', draft.body.id);
    expect(edit.before).toMatchObject({ entries: draft.body.entries });
    expect(edit.after).toMatchObject({ entries });

    const now = new Date();
    const underDraft = await quote(now, Number(draft.body.id));
    expect(underDraft.body.amountCents).toBe(before.body.amountCents + 100);
    const whatIf = await call('GET', `/rate-schedules/${draft.body.id}/what-if?days=30`);
    expect(whatIf.status).toBe(200);
    const [plaza] = whatIf.body.plazas;
    expect(plaza.trips).toBeGreaterThan(0);
    expect(plaza.differenceCents).toBe(plaza.draftCents - plaza.currentCents);
    expect(plaza.differenceCents).toBeGreaterThan(0);

    const past = await call('POST', `/rate-schedules/${draft.body.id}/publish`, {
      effectiveFrom: new Date(now.getTime() - 60_000).toISOString(),
    });
    expect(past.status).toBe(400);
    expect(past.body.message).toMatch(/future/);

    const tomorrow = new Date(now.getTime() + day);
    const published = await call('POST', `/rate-schedules/${draft.body.id}/publish`, {
      effectiveFrom: tomorrow.toISOString(),
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', editable: true, inForce: false });
    const [publish] = await audits('rate_schedule.published', draft.body.id);
    expect(publish.before).toMatchObject({ status: 'draft' });
    expect(publish.after).toMatchObject({
      status: 'published',
      effectiveFrom: tomorrow.toISOString(),
    });

    // Same weekday and minute of the week either side of the effective date: only the band's
    // price can differ, so the answer shows which version applied.
    expect((await quote(new Date(tomorrow.getTime() - 1))).body.scheduleId).toBe(
      before.body.scheduleId,
    );
    const week = 7 * day;
    const nextWeek = await quote(new Date(now.getTime() + week));
    expect(nextWeek.body).toMatchObject({ scheduleId: draft.body.id, rated: true });
    expect(nextWeek.body.amountCents).toBe((await quote(now)).body.amountCents + 100);
    expect((await quote(now)).body.amountCents).toBe(before.body.amountCents);
  });

  it('refuses to edit a version that has taken effect (409)', async () => {
    const list = await call('GET', `/plazas/${plazaId}/rate-schedules`);
    const inForce = list.body.items.find((v: { inForce: boolean }) => v.inForce);
    const { body } = await call('GET', `/rate-schedules/${inForce.id}`);
    const response = await call('PUT', `/rate-schedules/${inForce.id}/entries`, {
      entries: raised(body.entries),
    });
    expect(response.status).toBe(409);
    expect(await audits('rate_schedule.edited', inForce.id)).toHaveLength(0);
  });

  it('refuses a tag rate at or above the plate rate with a readable problem', async () => {
    const draft = await call('POST', `/plazas/${plazaId}/rate-schedules`, {});
    const entries = draft.body.entries.map((e: Entry, i: number) =>
      i === 0 ? { ...e, tagRateCents: e.plateRateCents } : e,
    );
    const response = await call('PUT', `/rate-schedules/${draft.body.id}/entries`, { entries });
    expect(response.status).toBe(400);
    expect(response.body.details[0].message).toMatch(/tag rate must be below the plate rate/);
  });

  it('refuses a second version starting at the same instant (409)', async () => {
    const at = new Date(Date.now() + 3 * day).toISOString();
    const first = await call('POST', `/plazas/${plazaId}/rate-schedules`, {});
    const second = await call('POST', `/plazas/${plazaId}/rate-schedules`, {});
    const publish = (id: string) =>
      call('POST', `/rate-schedules/${id}/publish`, { effectiveFrom: at });
    expect((await publish(first.body.id)).status).toBe(200);
    expect((await publish(second.body.id)).status).toBe(409);
  });

  it('is for admins only', async () => {
    const supervisor = await testApp.tokenFor('super1');
    const list = await call('GET', `/plazas/${plazaId}/rate-schedules`, undefined, supervisor);
    expect(list.status).toBe(403);
    const draft = await call('POST', `/plazas/${plazaId}/rate-schedules`, {}, supervisor);
    expect(draft.status).toBe(403);
  });
});
