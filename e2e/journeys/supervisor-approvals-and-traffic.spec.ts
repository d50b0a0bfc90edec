import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yIssues } from '../support/axe.ts';
import { DEMO_PASSWORD, signIn } from '../support/sign-in.ts';

/**
 * What a supervisor approves and reports: an agent's card refund above the agent limit waits for
 * a supervisor, who approves it with a note, after which the agent sees it paid back; and the
 * traffic by class and hour report, whose CSV must add up to what the screen shows.
 * Signs in as agent3 and super2 (sign-in is rate-limited per user; other journeys use the rest).
 */

const AGENT = 'agent3';
const SUPERVISOR = 'super2';
/** The seeded agent limit for adjustments and refunds (configuration `adjustments.agentLimitCents`). */
const AGENT_LIMIT_CENTS = 5_000;

interface AccountSummary {
  id: string;
  accountNo: string;
  type: string;
  status: string;
  balanceCents: number;
}

/**
 * A seeded active prepaid account in credit, chosen through the API as the agent (nothing
 * hard-coded). Taken from the end of the list: the agent journeys take theirs from the start.
 */
async function prepaidAccount(request: APIRequestContext): Promise<AccountSummary> {
  const login = await request.post('/api/auth/login', {
    data: { username: AGENT, password: DEMO_PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const response = await request.get('/api/agent/accounts?pageSize=100', {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: AccountSummary[] };
  const account = items
    .reverse()
    .find((a) => a.type === 'prepaid' && a.status === 'active' && a.balanceCents >= 0);
  if (!account) throw new Error('the demo data has no active prepaid account in credit');
  return account;
}

/** "$1,234.56" or "-$12.50" as integer cents. */
function centsOf(text: string | null): number {
  const digits = (text ?? '').replace(/[^\d-]/g, '');
  if (!/^-?\d+$/.test(digits)) throw new Error(`not an amount: ${text}`);
  return Number(digits);
}

function dollars(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function money(cents: number): string {
  return `$${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
}

/** Presses a button from the keyboard: focus it (as Tab would) and press Enter. */
async function press(button: Locator): Promise<void> {
  await button.focus();
  await button.press('Enter');
}

/** Types the account number into the search box and opens the best match with Enter. */
async function openAccount(page: Page, account: AccountSummary): Promise<void> {
  await expect(page).toHaveURL(/\/agent\/accounts$/);
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type(account.accountNo);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row').nth(1)).toContainText(account.accountNo);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/agent/accounts/${account.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(account.accountNo);
}

/** Verifies the caller by PIN; an account with nothing on file stays masked and needs none. */
async function verifyCaller(page: Page): Promise<void> {
  const pin = page.getByLabel('PIN the caller gives');
  const verified = page.getByText(/Caller verified until/);
  const nothingOnFile = page.getByText(/No PIN or security answer on file/);
  await expect(pin.or(verified).or(nothingOnFile)).toBeVisible();
  if (!(await pin.isVisible())) return;
  await pin.focus();
  await page.keyboard.type('1234');
  await page.keyboard.press('Enter');
  await expect(verified).toBeVisible();
}

/** Escapes a text for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await press(tab);
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

test('a refund above the agent limit waits for a supervisor, who approves it with a note', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const account = await prepaidAccount(page.request);
  // Amounts only this run uses, so the rows found are this run's; the refund is above the limit.
  const paidCents = 8_000 + (Date.now() % 1_000);
  const refundCents = AGENT_LIMIT_CENTS + 100 + (Date.now() % 797);
  const agentNote = `Caller paid twice by phone; refunding the second payment (${Date.now() % 100_000})`;

  await signIn(page, '/agent/', AGENT);
  await openAccount(page, account);
  await verifyCaller(page);

  await press(page.getByRole('button', { name: 'Take payment…' }));
  const payment = page.getByRole('dialog');
  await expect(payment.getByLabel('Amount in dollars')).toBeFocused();
  await page.keyboard.type(dollars(paidCents));
  await payment.getByLabel('Card number').fill('4242 4242 4242 4242');
  await payment.getByLabel('Expiry (MM/YY)').fill('12/34');
  await payment.getByLabel('CVC').fill('123');
  await payment.getByLabel('Note (why)').fill('Caller tops the account up by phone');
  await press(payment.getByRole('button', { name: 'Charge card' }));
  await expect(page.getByText(`Payment of ${money(paidCents)} taken.`)).toBeVisible();

  await openTab(page, 'Payments');
  const paid = page
    .getByRole('table', { name: 'Payments' })
    .getByRole('row')
    .filter({ hasText: money(paidCents) });
  await expect(paid).toHaveCount(1);
  await press(paid.getByRole('button', { name: `Refund payment of ${money(paidCents)}` }));

  const refund = page.getByRole('dialog', { name: 'Refund a card payment' });
  await expect(refund.getByLabel('Amount in dollars')).toBeFocused();
  await expect(refund.getByText(`Your limit: ${money(AGENT_LIMIT_CENTS)}`)).toBeVisible();
  await refund.getByLabel('Amount in dollars').fill(dollars(refundCents));
  // Before anything is sent the agent is told it will not be paid out at once.
  await expect(refund.getByRole('status')).toHaveText(
    'Above your limit: it will wait for supervisor approval.',
  );
  await refund.getByLabel('Reason').selectOption({ label: 'Duplicate payment' });
  await refund.getByLabel('Note (why)').fill(agentNote);
  await press(refund.getByRole('button', { name: 'Refund', exact: true }));
  await expect(refund).toBeHidden();
  await expect(
    page.getByText(`Refund of ${money(refundCents)} is pending supervisor approval.`),
  ).toBeVisible();
  // The pending refund holds its amount, but nothing is refunded yet.
  await expect(paid).toContainText(`${money(refundCents)} awaiting approval`);
  await expect(paid.getByRole('cell').nth(5)).toContainText('$0.00');
  await expect(paid.getByRole('cell').nth(6)).toHaveText(money(paidCents - refundCents));

  // The supervisor, in a browser of their own.
  const supervisorContext = await browser.newContext({ baseURL });
  const supervisor = await supervisorContext.newPage();
  await signIn(supervisor, '/supervisor/', SUPERVISOR);
  await supervisor.getByRole('link', { name: 'Approvals' }).click();
  await expect(supervisor.getByRole('heading', { name: 'Approvals', level: 1 })).toBeVisible();
  const card = supervisor.getByRole('article', {
    name: new RegExp(
      `^${escapeRegExp(money(refundCents))} refund of payment \\d+ .* ${account.accountNo}$`,
    ),
  });
  await expect(card).toBeVisible();
  // The account context the decision needs: whose balance, who asked and why.
  await expect(card.locator('dt:text-is("Balance now") + dd')).toHaveText(/^-?\$[\d,]+\.\d{2}$/);
  await expect(card.locator('dt:text-is("Requested by") + dd')).toContainText(AGENT);
  await expect(card.locator('dt:text-is("Agent\'s note") + dd')).toHaveText(agentNote);
  await expectNoSeriousA11yIssues(supervisor);

  const approve = card.getByRole('button', { name: 'Approve' });
  await expect(approve).toBeDisabled();
  await card
    .getByLabel('Your note (required)')
    .fill('Checked both payments on the card statement.');
  await approve.click();
  await expect(
    supervisor.getByText(/Refund \d+ approved and paid back to the card\./),
  ).toBeVisible();
  await expect(card).toHaveCount(0);
  await supervisorContext.close();

  // Back with the agent: the refund is paid, on the payment and in the ledger.
  await page.reload();
  await verifyCaller(page);
  await openTab(page, 'Payments');
  await expect(paid.getByRole('cell').nth(5)).toHaveText(money(refundCents));
  await expect(paid.getByRole('cell').nth(6)).toHaveText(money(paidCents - refundCents));
  await expect(paid).not.toContainText('awaiting approval');

  // The Financials tab lists the refund, and the running balance steps down by exactly it.
  await openTab(page, 'Financials');
  const ledger = page.getByRole('table', { name: 'Financials' }).getByRole('row');
  const isRefund = (cells: string[]) => cells[1] === 'Refund' && centsOf(cells[3]) === -refundCents;
  let lines: string[][] = [];
  await expect
    .poll(async () => {
      lines = await Promise.all(
        (await ledger.all()).slice(1).map((row) => row.getByRole('cell').allInnerTexts()),
      );
      return lines.filter(isRefund).length;
    })
    .toBe(1);
  const at = lines.findIndex(isRefund);
  expect(centsOf(lines[at][4]) - centsOf(lines[at + 1][4])).toBe(-refundCents);
});

/** Trips and revenue of one local hour and vehicle class. */
interface Cell {
  trips: number;
  revenueCents: number;
  tagReads: number;
  plateReads: number;
  reviewReads: number;
}

const emptyCell = (): Cell => ({
  trips: 0,
  revenueCents: 0,
  tagReads: 0,
  plateReads: 0,
  reviewReads: 0,
});

/** The on-screen traffic table, by "hour|class", as the supervisor reads it. */
async function screenTraffic(table: Locator): Promise<Map<string, Cell>> {
  const cells = new Map<string, Cell>();
  for (const row of (await table.getByRole('row').all()).slice(1)) {
    const [hour, vehicleClass, trips, revenue, tag, plate, review] = await row
      .getByRole('cell')
      .allInnerTexts();
    cells.set(`${Number(hour.slice(0, 2))}|${Number(vehicleClass)}`, {
      trips: Number(trips),
      revenueCents: centsOf(revenue),
      tagReads: Number(tag),
      plateReads: Number(plate),
      reviewReads: Number(review),
    });
  }
  return cells;
}

/** Splits one CSV line (RFC 4180: quoted fields may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  fields.push(field);
  return fields;
}

const keys = ['trips', 'revenueCents', 'tagReads', 'plateReads', 'reviewReads'] as const;

test('the traffic by class and hour report for the last two days adds up to its CSV export', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, '/supervisor/', SUPERVISOR);
  await page.getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('button', { name: 'Traffic by class and hour' }).click();
  await expect(page.getByRole('button', { name: 'Traffic by class and hour' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Yesterday and today (the page's "To" is the UTC date): days are the plazas' local days, so
  // in the first hours of a UTC day the trips arriving now still fall on the local yesterday.
  const today = await page.getByLabel('To', { exact: true }).inputValue();
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  await page.getByLabel('From', { exact: true }).fill(yesterday);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${yesterday}`));

  const table = page.getByRole('table', { name: 'Traffic by class and hour' });
  await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousA11yIssues(page);
  const before = await screenTraffic(table);
  expect(before.size).toBeGreaterThan(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`traffic-${yesterday}-${today}.csv`);
  const lines = (await readFile(await download.path(), 'utf8')).trim().split('\r\n');
  expect(lines[0]).toBe(
    'day,hour,plaza,plaza_name,vehicle_class,trips,revenue_cents,tag_reads,plate_reads,review_reads',
  );
  const exported = new Map<string, Cell>();
  // Each row's hour on one clock (local day + hour), to tell the hours still filling up.
  const rowHours: { at: number; hour: number }[] = [];
  for (const line of lines.slice(1)) {
    const [day, hour, , , vehicleClass, ...figures] = csvFields(line);
    rowHours.push({
      at: Date.parse(`${day}T00:00:00Z`) / 3_600_000 + Number(hour),
      hour: Number(hour),
    });
    expect([yesterday, today]).toContain(day);
    const [trips, revenueCents, tagReads, plateReads, reviewReads] = figures.map(Number);
    // Every trip is read one way: by tag, by plate, or left for review.
    expect(tagReads + plateReads + reviewReads).toBe(trips);
    const key = `${Number(hour)}|${Number(vehicleClass)}`;
    const cell = exported.get(key) ?? emptyCell();
    cell.trips += trips;
    cell.revenueCents += revenueCents;
    cell.tagReads += tagReads;
    cell.plateReads += plateReads;
    cell.reviewReads += reviewReads;
    exported.set(key, cell);
  }

  // The roadside keeps sending trips, and the rollup only ever grows: the export, taken
  // between two looks at the screen, lies between them hour by hour and class by class (and
  // equals both wherever nothing arrived meanwhile, as for every hour already over).
  await page.reload();
  await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
  const after = await screenTraffic(table);
  const wrong: string[] = [];
  for (const key of new Set([...before.keys(), ...exported.keys(), ...after.keys()])) {
    const [low, csv, high] = [before, exported, after].map((m) => m.get(key) ?? emptyCell());
    for (const figure of keys) {
      if (!(low[figure] <= csv[figure] && csv[figure] <= high[figure])) {
        wrong.push(
          `${key} ${figure}: screen ${low[figure]}, csv ${csv[figure]}, then ${high[figure]}`,
        );
      }
    }
  }
  expect(wrong).toEqual([]);
  // Hours long over (three behind the latest exported: the plazas span two time zones, and the
  // hour just past may still get a straggler) take no more trips: there the export equals the
  // screen exactly. The screen sums both days per hour of day, so an hour of day still filling
  // up on either day is left out.
  const hourOf = (key: string) => Number(key.split('|')[0]);
  const latest = Math.max(...rowHours.map((row) => row.at));
  const filling = new Set(rowHours.filter((row) => row.at >= latest - 3).map((row) => row.hour));
  const settled = [...new Set([...before.keys(), ...exported.keys()])].filter(
    (key) => !filling.has(hourOf(key)),
  );
  expect(settled.length).toBeGreaterThan(0);
  expect(settled.map((key) => [key, exported.get(key)])).toEqual(
    settled.map((key) => [key, before.get(key)]),
  );
});
