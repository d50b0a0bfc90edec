import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from '../support/sign-in.ts';

/**
 * Issue 7's "done means", end to end: a rate change published for a future instant T prices a
 * trip after T at the new rate while a trip before T keeps the old one. A device clock more than
 * five minutes ahead is not believed (the trip is invalid), so T is only a minute or two ahead:
 * once it has passed, both trips are sent stamped in the past, one on each side of T, as a lane
 * controller that buffered them would.
 */

const DEMO_DEVICE_SECRET = 'beaus-device-demo';
/** Two reads of one tag at one plaza within the duplicate window (60 s) are one trip. */
const BEFORE_T_MS = 100_000;
const AFTER_T_MS = 25_000;

/** `datetime-local` value for an instant in the browser's zone. */
function localValue(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

async function bearer(request: APIRequestContext, username: string) {
  const response = await request.post('/api/auth/login', {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(response.status()).toBe(200);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

async function getJson<T>(request: APIRequestContext, url: string, headers: object): Promise<T> {
  const response = await request.get(url, { headers: { ...headers } });
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

interface AgentTrip {
  occurredAt: string;
  plazaCode: string;
  amountCents: number | null;
  rateExplanation: { scheduleVersion: number; rate: string } | null;
}

/**
 * A prepaid account whose valid tag is replaced by a fresh one (unique per run), so its trips rate
 * at the tag rate and post at once.
 */
async function freshlyTaggedAccount(request: APIRequestContext, agent: object, run: string) {
  const page = await getJson<{ items: { id: string; type: string; balanceCents: number }[] }>(
    request,
    '/api/agent/accounts?pageSize=50',
    agent,
  );
  for (const account of page.items.filter((a) => a.type === 'prepaid' && a.balanceCents > 2000)) {
    const tags = await getJson<{ items: { id: string; status: string }[] }>(
      request,
      `/api/agent/accounts/${account.id}/tags`,
      agent,
    );
    const tag = tags.items.find((t) => t.status === 'valid');
    if (!tag) continue;
    // A fresh tag: the simulator loaded its catalog at start, so none of its reads can dup ours.
    const replaced = await request.post(
      `/api/agent/accounts/${account.id}/tags/${tag.id}/replacement`,
      { headers: { ...agent }, data: { tagNo: `E2E-${run}`, note: 'e2e: future-rate journey' } },
    );
    expect(replaced.status(), await replaced.text()).toBe(201);
    const { tag: fresh } = (await replaced.json()) as { tag: { tagNo: string; status: string } };
    expect(fresh.status).toBe('valid');
    return { accountId: account.id, tagNo: fresh.tagNo };
  }
  throw new Error('no prepaid account with a valid tag in the demo data');
}

async function raiseClassTwoByOneDollar(page: Page) {
  const rows = page.locator('beaus-rate-entries tbody tr');
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    if ((await rows.nth(i).locator('th').innerText()).trim() !== '2') break;
    for (const kind of ['tag', 'plate']) {
      const input = page.getByTestId(`${kind}-${i}`);
      const cents = Math.round(Number(await input.inputValue()) * 100) + 100;
      await input.fill(`${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
    }
  }
  await page.getByRole('button', { name: 'Save rates' }).click();
  await expect(page.getByText('Rates saved.')).toBeVisible();
}

test('a rate published for a later instant prices trips after it, not before', async ({ page }) => {
  test.setTimeout(300_000);
  const admin = await bearer(page.request, 'admin1');
  const agent = await bearer(page.request, 'agent1');

  await signIn(page, '/admin/', 'admin1');
  await page.getByRole('link', { name: 'Rate schedules' }).click();
  const plazaSelect = page.getByTestId('plaza-select');
  await expect(plazaSelect).toBeVisible();
  const plazaId = await plazaSelect.inputValue();
  const plazaCode = (await plazaSelect.locator('option:checked').innerText()).split(' · ')[0];

  await page.getByRole('button', { name: 'New draft from the rates in force' }).click();
  await expect(page.getByTestId('schedule-status')).toHaveText(/Draft/);
  await raiseClassTwoByOneDollar(page);

  // T: the next whole minute at least 45 s away (the form takes minutes; the API wants the future).
  const effectiveAt = new Date(Math.ceil((Date.now() + 45_000) / 60_000) * 60_000);
  await page.getByTestId('publish-at').fill(localValue(effectiveAt));
  await page.getByRole('button', { name: 'Publish' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByTestId('schedule-status')).toHaveText(/Published/);

  const devices = await getJson<{ items: { name: string; laneCode: string; status: string }[] }>(
    page.request,
    `/api/admin/devices?plazaId=${plazaId}&pageSize=100`,
    admin,
  );
  const device = devices.items.find((d) => d.status === 'active' && !d.name.startsWith('e2e-'));
  if (!device) throw new Error(`no active seeded device at ${plazaCode}`);
  const run = Date.now().toString(36);
  const { accountId, tagNo } = await freshlyTaggedAccount(page.request, agent, run);

  const before = new Date(effectiveAt.getTime() - BEFORE_T_MS);
  const after = new Date(effectiveAt.getTime() + AFTER_T_MS);
  // Wait on the wall clock until the later trip is in the past, as its lane controller would.
  await page.waitForTimeout(Math.max(0, after.getTime() + 2_000 - Date.now()));

  const trip = (at: Date, n: number) => ({
    schema: 'trip.v1',
    eventId: `${device.name}-e2e-${run}-${n}`,
    deviceId: device.name,
    plazaId: plazaCode,
    laneId: device.laneCode,
    direction: 'N',
    occurredAt: at.toISOString(),
    tagId: tagNo,
    vehicleClass: 2,
    imageKeys: [],
  });
  const authorization = `Basic ${Buffer.from(`${device.name}:${DEMO_DEVICE_SECRET}`).toString('base64')}`;
  const sent = await page.request.post('/ingest/v1/trips', {
    headers: { authorization },
    data: [trip(before, 1), trip(after, 2)],
  });
  expect(sent.status()).toBe(200);
  expect(((await sent.json()) as { counts: { accepted: number } }).counts.accepted).toBe(2);

  // The processor posts them shortly; find each by its plaza and time on the account.
  const rated = async (at: Date) => {
    const trips = await getJson<{ items: AgentTrip[] }>(
      page.request,
      `/api/agent/accounts/${accountId}/trips?pageSize=100`,
      agent,
    );
    return trips.items.find(
      (t) => t.plazaCode === plazaCode && new Date(t.occurredAt).getTime() === at.getTime(),
    );
  };
  await expect
    .poll(async () => (await rated(after))?.amountCents ?? null, { timeout: 60_000 })
    .not.toBeNull();
  await expect
    .poll(async () => (await rated(before))?.amountCents ?? null, { timeout: 60_000 })
    .not.toBeNull();
  const [oldTrip, newTrip] = [await rated(before), await rated(after)];

  // Each trip costs what the schedule in force at its own time says, per the admin calculator.
  const quote = (at: Date) =>
    getJson<{ amountCents: number; scheduleVersion: number; band: string }>(
      page.request,
      `/api/admin/rates/calculate?plazaId=${plazaId}&vehicleClass=2&readKind=tag&at=${encodeURIComponent(at.toISOString())}`,
      admin,
    );
  const [oldQuote, newQuote] = [await quote(before), await quote(after)];
  expect(newQuote.scheduleVersion).toBeGreaterThan(oldQuote.scheduleVersion);
  expect(oldTrip?.rateExplanation).toMatchObject({
    rate: 'tag',
    scheduleVersion: oldQuote.scheduleVersion,
  });
  expect(newTrip?.rateExplanation).toMatchObject({
    rate: 'tag',
    scheduleVersion: newQuote.scheduleVersion,
  });
  expect(oldTrip?.amountCents).toBe(oldQuote.amountCents);
  expect(newTrip?.amountCents).toBe(newQuote.amountCents);
  if (oldQuote.band === newQuote.band) {
    expect(newTrip?.amountCents).toBe((oldTrip?.amountCents ?? 0) + 100);
  }
});
