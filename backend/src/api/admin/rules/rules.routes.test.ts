import { valueInForce } from '../../../domain/index.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';
import { configurationKeys } from '../../../seed/configuration-defaults.ts';
import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { loadConfiguration } from '../../../stream/batch-lookups.ts';

let testApp: SeededTestApp;
let admin: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  admin = await testApp.tokenFor('admin1');
}, testAppTimeoutMs);
afterAll(() => testApp.close());

async function call(method: 'GET' | 'POST', url: string, payload?: object, token = admin) {
  const response = await testApp.app.inject({
    method,
    url: `/api/admin${url}`,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() };
}

const schedule = (key: string, value: unknown, effectiveFrom: Date) =>
  call('POST', `/rules/${key}/versions`, { value, effectiveFrom: effectiveFrom.toISOString() });

const day = 86_400_000;

describe('business rules', () => {
  it('lists every rule with the value in force', async () => {
    const { status, body } = await call('GET', '/rules');
    expect(status).toBe(200);
    const fee = body.find((r: { key: string }) => r.key === configurationKeys.adminFeeCents);
    expect(fee).toMatchObject({ kind: 'cents', current: { value: 250 }, scheduled: [] });
  });

  it('schedules a value that the pipeline reads from its date and not before', async () => {
    const key = configurationKeys.duplicateWindowSeconds;
    const from = new Date(Date.now() + day);
    const { status, body } = await schedule(key, 90, from);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      current: { value: 60 },
      scheduled: [{ value: 90, createdBy: 'admin1' }],
    });
    const versions = await loadConfiguration(testApp.adapters.database.db);
    expect(valueInForce(versions, key, new Date(from.getTime() - 1))).toBe(60);
    expect(valueInForce(versions, key, from)).toBe(90);
    const [audit] = await testApp.adapters.database.query<{ before: unknown; after: unknown }>(
      `select before, after from audit_log where action = 'configuration.scheduled' and entity_id = $1`,
      [key],
    );
    expect(audit.before).toMatchObject({ value: 60 });
    expect(audit.after).toMatchObject({ value: 90, effectiveFrom: from.toISOString() });
  });

  it('refuses a value the rule cannot take, naming the problem', async () => {
    const tomorrow = new Date(Date.now() + day);
    const fee = await schedule(configurationKeys.adminFeeCents, 2.5, tomorrow);
    expect(fee.status).toBe(400);
    expect(fee.body.details[0].path).toBe('body/value');
    const ladder = await schedule(
      configurationKeys.escalationLadder,
      [
        { stage: 'second_notice', afterDays: 60, feeCents: 600 },
        { stage: 'violation', afterDays: 30, feeCents: 2500 },
      ],
      tomorrow,
    );
    expect(ladder.status).toBe(400);
    expect(ladder.body.message).toMatch(/stage 2 must come later than stage 1/);
  });

  it('schedules case SLA days per kind and conversion waivers, refusing unknown kinds', async () => {
    const tomorrow = new Date(Date.now() + day);
    const sla = await schedule(configurationKeys.caseSlaDaysByKind, { dispute: 7 }, tomorrow);
    expect(sla.status).toBe(200);
    const badKind = await schedule(configurationKeys.caseSlaDaysByKind, { refund: 3 }, tomorrow);
    expect(badKind.status).toBe(400);
    const waiver = await schedule(
      configurationKeys.conversionWaivedLineKinds,
      ['fee', 'penalty'],
      tomorrow,
    );
    expect(waiver.status).toBe(200);
    const toll = await schedule(configurationKeys.conversionWaivedLineKinds, ['trip'], tomorrow);
    expect(toll.status).toBe(400);
  });

  it('refuses a date in the past and an unknown rule', async () => {
    const past = await schedule(configurationKeys.adminFeeCents, 300, new Date(Date.now() - day));
    expect(past.status).toBe(400);
    expect(past.body.message).toMatch(/future/);
    expect((await schedule('no.such.rule', 1, new Date(Date.now() + day))).status).toBe(404);
  });

  it('is for admins only', async () => {
    const supervisor = await testApp.tokenFor('super1');
    expect((await call('GET', '/rules', undefined, supervisor)).status).toBe(403);
  });
});
