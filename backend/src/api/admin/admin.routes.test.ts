import { plazaTemplates } from '../../seed/demo-catalog.ts';
import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';

let testApp: SeededTestApp;
let adminToken: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  adminToken = await testApp.tokenFor('admin1');
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const plazas = (query = '', token = adminToken) =>
  testApp.app.inject({
    method: 'GET',
    url: `/api/admin/plazas${query}`,
    headers: { authorization: `Bearer ${token}` },
  });

describe('GET /api/admin/plazas', () => {
  it('lists plazas by code with their lane and device counts', async () => {
    const response = await plazas();
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(plazaTemplates.length);
    const codes = plazaTemplates.map((plaza) => plaza.code).sort();
    expect(body.items.map((item: { code: string }) => item.code)).toEqual(codes);
    const parmer = body.items.find((item: { code: string }) => item.code === 'AUS-PRM');
    expect(parmer).toMatchObject({ laneCount: 3, deviceCount: 3, timeZone: 'America/Chicago' });
  });

  it('pages and sorts on the server', async () => {
    const body = (await plazas('?pageSize=3&page=2&sort=laneCount:desc')).json();
    expect(body).toMatchObject({ page: 2, pageSize: 3, total: plazaTemplates.length });
    expect(body.items).toHaveLength(3);
    const all = (await plazas('?sort=laneCount:desc')).json().items;
    expect(body.items).toEqual(all.slice(3, 6));
  });

  it('filters by part of a name', async () => {
    const body = (await plazas('?q=creek')).json();
    expect(body.items.map((item: { name: string }) => item.name).sort()).toEqual([
      'Cypress Creek',
      'Slaughter Creek',
    ]);
  });

  it('is for admins only', async () => {
    expect((await plazas('', await testApp.tokenFor('super1'))).statusCode).toBe(403);
  });
});
