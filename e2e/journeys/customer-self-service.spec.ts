import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoSeriousA11yIssues } from '../support/axe.ts';
import { signIn } from '../support/sign-in.ts';

/**
 * The customer app's self-service (issue 5) the way a driver meets it: opening an account,
 * adding a vehicle and disputing a trip, a statement downloaded and added up, tolls found by
 * plate as a guest, and the app in Spanish.
 */

const phone = { width: 390, height: 844 } as const;
const desktop = { width: 1280, height: 800 } as const;

/** The demo roadside device (README: the ingest curl example); its lane is on plaza AUS-PRM. */
const device = { name: 'aus-prm-l1', secret: 'beaus-device-demo', plaza: 'AUS-PRM', lane: 'L1' };
const plazaName = 'Parmer Lane';

/** Unique per run, so a second run against a reused server never collides on e-mail or plate. */
const run = `${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 1296)
  .toString(36)
  .padStart(2, '0')}`.toUpperCase();

/** Dollars shown as "$1,234.56" or "-$1.50" → integer cents, for comparing balances exactly. */
function centsOf(text: string | null): number {
  const match = /(-?)\$([\d,]+)\.(\d{2})/.exec(text ?? '');
  if (!match) throw new Error(`no amount in ${JSON.stringify(text)}`);
  const cents = Number(match[2]!.replace(/,/g, '')) * 100 + Number(match[3]);
  return match[1] === '-' ? -cents : cents;
}

/** `YYYY-MM-DD` of today (UTC) moved by `days`. */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A camera read of `plate` a minute ago, sent as the roadside device sends it (the only way a
 * trip arrives); the stream processor matches, rates and posts it shortly after.
 */
async function plateTripFromRoadside(
  request: APIRequestContext,
  plate: string,
  jurisdiction: string,
  eventId: string,
): Promise<void> {
  const authorization = `Basic ${Buffer.from(`${device.name}:${device.secret}`).toString('base64')}`;
  const sent = await request.post('/ingest/v1/trips', {
    headers: { authorization },
    data: [
      {
        schema: 'trip.v1',
        eventId,
        deviceId: device.name,
        plazaId: device.plaza,
        laneId: device.lane,
        direction: 'N',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        plate: { jurisdiction, text: plate, confidence: 0.99 },
        vehicleClass: 2,
        imageKeys: [],
      },
    ],
  });
  expect(sent.status()).toBe(200);
  expect(((await sent.json()) as { counts: { accepted: number } }).counts.accepted).toBe(1);
}

/** RFC 4180 fields of one CSV line (quoted fields may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

async function fillSignUp(page: Page, email: string, plate: string): Promise<void> {
  await page.getByLabel('First name').fill('Ana');
  await page.getByLabel('Last name').fill('Driver');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Phone').fill('+1 919 555 0142');
  await page.getByLabel('Password').fill('tolls-e2e-2026!');
  await page.getByLabel('Plate').fill(plate);
  await page.getByLabel('State').fill('NC');
  await page.getByLabel('Make').fill('Honda');
  await page.getByLabel('Model').fill('Fit');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Expiry month (MM)').fill('12');
  await page.getByLabel('Expiry year (YYYY)').fill('2031');
  await page.getByLabel('Security code').fill('123');
  await page.getByLabel('Opening balance ($)').fill('50');
}

test.describe('a new driver on a phone', () => {
  test.use({ viewport: phone });

  test('signs up, lands on the account with the $50.00 paid, adds a car and disputes a trip', async ({
    page,
  }) => {
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    const email = `driver-${run.toLowerCase()}@example.com`;
    // Plates are at most 8 letters or digits.
    const plate = `E${run}`;
    const secondPlate = `F${run}`;

    await page.goto('/customer/');
    await page.getByRole('link', { name: 'Open an account' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Open a prepaid account' }),
    ).toBeVisible();
    await expectNoSeriousA11yIssues(page);

    // A plate too long for any state is caught on the form, in words, before anything is sent.
    await fillSignUp(page, email, 'ABCDE-12345');
    await page.getByRole('button', { name: 'Open my account' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Some fields need attention' }),
    ).toBeVisible();
    await expect(page.getByText('Up to 8 letters or digits, e.g. ABC1234')).toBeVisible();
    await page.getByLabel('Plate').fill(plate);
    await page.getByRole('button', { name: 'Open my account' }).click();

    // Signed in and on the account: the opening top-up is the whole balance.
    await expect(page).toHaveURL(/\/customer\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: /^Account / })).toBeVisible();
    // Signed in as the new driver: the toolbar's user menu carries the name.
    await expect(page.getByRole('button', { name: 'User menu for Ana Driver' })).toBeVisible();
    await expect(page.getByRole('main').getByText('Ana Driver')).toBeVisible();
    await expect(page.locator('.balance')).toHaveText('$50.00');
    await expect(page.locator('.top-up')).toHaveText(
      'Adds $40.00 when the balance falls below $10.00',
    );
    const vehicles = page.getByRole('region', { name: 'Vehicles' });
    await expect(vehicles.getByText(plate)).toBeVisible();
    await page.mouse.move(0, 0);
    await expectNoSeriousA11yIssues(page);

    // A second car, from the account page.
    await vehicles.getByRole('button', { name: 'Add a vehicle' }).click();
    await vehicles.getByLabel('Plate').fill(secondPlate);
    await vehicles.getByLabel('State').fill('NC');
    await vehicles.getByLabel('Make').fill('Subaru');
    await vehicles.getByRole('button', { name: 'Add vehicle' }).click();
    await expect(vehicles.getByRole('status')).toHaveText('Vehicle added.');
    await expect(vehicles.getByText(secondPlate)).toBeVisible();
    await expect(vehicles.getByText(plate)).toBeVisible();
    await expect(vehicles.getByRole('button', { name: /^Remove .* from my account$/ })).toHaveCount(
      2,
    );

    // The first car passes a gantry; its plate is on this account, so the trip posts here.
    await plateTripFromRoadside(page.request, plate, 'NC', `e2e-self-${run}`);
    const trips = page.getByRole('region', { name: 'Recent trips' });
    // The simulator also gives a newly registered car a passage of its own, so this account may
    // have more trips than ours: the balance is the opening top-up less every toll listed.
    await expect(async () => {
      await page.reload();
      await expect(trips.getByRole('row').filter({ hasText: plazaName }).first()).toBeVisible({
        timeout: 2_000,
      });
      const amounts = await trips.locator('tbody .amount').allTextContents();
      // A read still "Being rated" (in image review) has not touched the balance yet.
      const tolls = amounts.filter((text) => text.includes('$')).map(centsOf);
      expect(tolls.every((cents) => cents > 0)).toBe(true);
      const spent = tolls.reduce((sum, cents) => sum + cents, 0);
      expect(centsOf(await page.locator('.balance').textContent())).toBe(5000 - spent);
    }).toPass({ timeout: 60_000 });
    const tripRow = trips.getByRole('row').filter({ hasText: plazaName }).first();

    await tripRow.getByRole('link', { name: `Dispute the trip at ${plazaName}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My disputes' })).toBeVisible();
    await expect(page.getByText('You have not disputed anything.')).toBeVisible();
    await expect(page.getByLabel('Trip', { exact: true })).not.toHaveValue('');
    await page.getByLabel('What is wrong?').fill('My car was at home all day; this is not me.');
    await page.getByRole('button', { name: 'Open the dispute' }).click();

    await expect(page.getByRole('heading', { level: 1, name: /^Dispute: trip at / })).toBeVisible();
    await expect(page.locator('.status')).toHaveText('Open');
    await expect(page.getByText('My car was at home all day; this is not me.')).toBeVisible();
    await page.getByRole('link', { name: 'Back to my disputes' }).click();
    await expect(page.getByRole('link', { name: /^Dispute: trip at / })).toBeVisible();
    expect(failures).toEqual([]);
  });
});

test.describe('customer1 on a desktop', () => {
  test.use({ viewport: desktop });

  test('downloads a month as CSV whose closing balance is the opening plus every entry', async ({
    page,
  }) => {
    await signIn(page, '/customer/login', 'customer1');
    await expect(page.getByRole('heading', { level: 1, name: /^Account / })).toBeVisible();
    await page.getByRole('link', { name: 'Statements', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Statements' })).toBeVisible();
    const csvButtons = page.getByRole('button', { name: /statement as CSV/ });
    await expect(csvButtons.first()).toBeVisible();
    await page.mouse.move(0, 0);
    await expectNoSeriousA11yIssues(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      csvButtons.first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^beaus-statement-\d{4}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    const rows = text
      .split('\r\n')
      .filter((line) => line.length > 0)
      .map(csvFields);
    const [header, ...body] = rows;
    expect(header).toEqual([
      'Section',
      'Date (UTC)',
      'Type',
      'Description',
      'Plaza',
      'Tag or plate',
      'Rate',
      'Amount (cents)',
      'Amount',
      'Balance (cents)',
      'Balance',
    ]);
    const summary = (label: string) => {
      const row = body.find((fields) => fields[0] === 'summary' && fields[2] === label);
      if (!row) throw new Error(`no ${label} row in ${text}`);
      return Number(row[9]);
    };
    const entries = body.filter((fields) => fields[0] === 'entry');
    // customer1 drives every day of the seeded history, so a month is never empty.
    expect(entries.length).toBeGreaterThan(0);
    const sum = entries.reduce((total, fields) => total + Number(fields[7]), 0);
    expect(Number.isInteger(sum)).toBe(true);
    expect(summary('Closing balance')).toBe(summary('Opening balance') + sum);
    // The running balance of the last entry is the closing balance too.
    expect(Number(entries.at(-1)![9])).toBe(summary('Closing balance'));
  });
});

test.describe('a guest on a phone', () => {
  test.use({ viewport: phone });

  test('finds the tolls of a billed plate by dates, each with plaza, time and amount', async ({
    page,
  }) => {
    // DEMO103 (NC) has two seeded tolls on invoice INVDEMO0003; one more passes now, unbilled.
    const range = { plate: 'DEMO103', jurisdiction: 'NC', from: isoDay(-89), to: isoDay(0) };
    await plateTripFromRoadside(page.request, range.plate, range.jurisdiction, `e2e-guest-${run}`);
    // Wait for the processor to rate it; sparse polls, as look-ups are limited to 10 a minute.
    await expect
      .poll(
        async () => {
          const found = await page.request.post('/api/customer/guest/toll-lookup', { data: range });
          const body = (await found.json()) as { tolls?: { status: string }[] };
          return body.tolls?.filter((toll) => toll.status === 'unbilled').length ?? 0;
        },
        { timeout: 60_000, intervals: [2_000, 4_000, 8_000, 15_000] },
      )
      .toBe(1);

    await page.goto('/customer/pay');
    await page.getByRole('tab', { name: 'Find tolls by plate' }).click();
    const panel = page.locator('beaus-plate-tolls-panel');
    await panel.getByLabel('Plate').fill('demo-103');
    await panel.getByLabel('State').fill('nc');
    await panel.getByLabel('From (YYYY-MM-DD)').fill(range.from);
    await panel.getByLabel('To (YYYY-MM-DD)').fill(range.to);
    await panel.getByRole('button', { name: 'Find tolls' }).click();
    await expect(
      panel.getByRole('heading', { level: 2, name: /^Tolls for NC DEMO103 from / }),
    ).toBeVisible();

    const tolls = panel.locator('li.toll');
    await expect(tolls).toHaveCount(3);
    const invoiced = tolls.filter({ hasText: 'Already on a bill' });
    await expect(invoiced).toHaveCount(2);
    for (const toll of await tolls.all()) {
      await expect(toll.locator('.plaza')).not.toBeEmpty();
      await expect(toll.locator('.when')).toHaveText(/\d/);
      expect(centsOf(await toll.locator('.amount').textContent())).toBeGreaterThan(0);
    }
    const fresh = tolls.filter({ hasText: 'Not billed yet' });
    await expect(fresh.locator('.plaza')).toHaveText(plazaName);
    // Only the unbilled toll is payable now, with the administrative fee on top.
    await expect(page.getByText('Administrative fee')).toBeVisible();
    const freshCents = centsOf(await fresh.locator('.amount').textContent());
    const feeCents = centsOf(await page.locator('li.fee .amount').textContent());
    expect(centsOf(await page.locator('.amount-due').textContent())).toBe(freshCents + feeCents);
    await page.mouse.move(0, 0);
    await expectNoSeriousA11yIssues(page);
  });
});

test.describe('a Spanish-speaking guest', () => {
  test.use({ viewport: phone });

  test('switches the landing page to Spanish and it stays Spanish on the next visit', async ({
    page,
  }) => {
    await page.goto('/customer/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your toll account, without a phone call' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Español' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Su cuenta de peaje, sin llamadas' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('link', { name: 'Iniciar sesión en su cuenta' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();

    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Su cuenta de peaje, sin llamadas' }),
    ).toBeVisible();
    await page.mouse.move(0, 0);
    await expectNoSeriousA11yIssues(page);
  });
});
