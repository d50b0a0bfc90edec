import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';
import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';

let testApp: SeededTestApp;
let customer1: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  customer1 = await testApp.tokenFor('customer1');
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const profile = (method: 'GET' | 'PUT', payload?: Record<string, unknown>, token = customer1) =>
  testApp.app.inject({
    method,
    url: '/api/customer/profile',
    headers: { authorization: `Bearer ${token}` },
    ...(payload === undefined ? {} : { payload }),
  });

describe('my profile and notification preferences', () => {
  it('starts with e-mail statements and both notifications on, and the contact’s phone', async () => {
    const [contact] = await testApp.adapters.database.query<{ phone: string | null }>(
      'select phone from contacts where account_id = 1 and is_primary',
    );
    const response = await profile('GET');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      phone: contact!.phone,
      mailingPreference: 'email',
      notifications: { receiptEmails: true, lowBalanceEmails: true },
    });
  });

  it('saves phone (as E.164), paper mail and notification choices, audited', async () => {
    const change = {
      phone: '(919) 555-0142',
      mailingPreference: 'paper',
      notifications: { receiptEmails: false, lowBalanceEmails: true },
    };
    const response = await profile('PUT', change);
    expect(response.statusCode).toBe(200);
    const expected = { ...change, phone: '+19195550142' };
    expect(response.json()).toEqual(expected);
    expect((await profile('GET')).json()).toEqual(expected);
    const audit = await testApp.adapters.database.query<{ after: unknown }>(
      `select after from audit_log where action = 'profile.changed' and entity_id = '1'`,
    );
    expect(audit.map((row) => row.after)).toEqual([expected]);
  });

  it('refuses a malformed phone or preference with 400, changing nothing', async () => {
    const before = (await profile('GET')).json();
    for (const body of [
      { phone: 'call me', mailingPreference: 'email', notifications: before.notifications },
      { phone: null, mailingPreference: 'fax', notifications: before.notifications },
      { phone: null, mailingPreference: 'email', notifications: { receiptEmails: 'yes' } },
    ]) {
      expect((await profile('PUT', body)).statusCode).toBe(400);
    }
    expect((await profile('GET')).json()).toEqual(before);
  });

  it('is for customers only', async () => {
    expect((await profile('GET', undefined, await testApp.tokenFor('agent1'))).statusCode).toBe(
      403,
    );
  });
});
