import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';

let testApp: SeededTestApp;
let customer1: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  customer1 = await testApp.tokenFor('customer1');
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const as = (token: string) => ({ authorization: `Bearer ${token}` });

describe('customer preferences', () => {
  it('keeps the language of my e-mails and statements, English until changed', async () => {
    const first = await testApp.app.inject({
      method: 'GET',
      url: '/api/customer/preferences',
      headers: as(customer1),
    });
    expect(first.json()).toEqual({ language: 'en' });
    const set = await testApp.app.inject({
      method: 'PUT',
      url: '/api/customer/preferences',
      headers: as(customer1),
      payload: { language: 'es' },
    });
    expect(set.json()).toEqual({ language: 'es' });
    const [row] = await testApp.adapters.database.query<{ preferred_language: string }>(
      'select preferred_language from accounts where id = 1',
    );
    expect(row!.preferred_language).toBe('es');
    // The statement follows the preference.
    const csv = await testApp.app.inject({
      method: 'GET',
      url: '/api/customer/statements/2026-11.csv',
      headers: as(customer1),
    });
    expect(csv.body).toContain('Saldo inicial');
  });

  it('accepts only the languages we write in, and needs a sign-in', async () => {
    const bad = await testApp.app.inject({
      method: 'PUT',
      url: '/api/customer/preferences',
      headers: as(customer1),
      payload: { language: 'fr' },
    });
    expect(bad.statusCode).toBe(400);
    const anonymous = await testApp.app.inject({ method: 'GET', url: '/api/customer/preferences' });
    expect(anonymous.statusCode).toBe(401);
  });
});
