import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yIssues } from '../support/axe.ts';
import { DEMO_PASSWORD, signIn } from '../support/sign-in.ts';

/**
 * The agent's service actions, through the account view as an agent works them: refund part
 * of a card payment, reverse a trip, work a case from open to closed, replace a tag; the new
 * Payments, Invoices and Cases tabs are scanned with axe once they show real rows.
 * Signs in as agent2 (sign-in is rate-limited per user; agent.spec.ts uses agent1).
 */

const AGENT = 'agent2';

interface AccountSummary {
  id: string;
  accountNo: string;
  type: string;
  status: string;
  balanceCents: number;
}

interface ListPage<T> {
  items: T[];
}

/** The API as agent2, only to choose which seeded accounts to work on (nothing hard-coded). */
class DemoData {
  private token: Promise<string> | undefined;
  private accounts: Promise<AccountSummary[]> | undefined;
  private readonly taken = new Set<string>();

  async get<T>(request: APIRequestContext, path: string): Promise<T> {
    this.token ??= request
      .post('/api/auth/login', { data: { username: AGENT, password: DEMO_PASSWORD } })
      .then(async (login) => {
        expect(login.ok()).toBe(true);
        return ((await login.json()) as { accessToken: string }).accessToken;
      });
    const response = await request.get(path, {
      headers: { authorization: `Bearer ${await this.token}` },
    });
    expect(response.ok(), path).toBe(true);
    return (await response.json()) as T;
  }

  /**
   * A seeded account of the type that `fits`, one no earlier journey used, so each journey
   * starts from untouched demo data.
   */
  async account(
    request: APIRequestContext,
    type: 'prepaid' | 'toll_by_plate',
    fits: (account: AccountSummary) => Promise<boolean> = async () => true,
  ): Promise<AccountSummary> {
    this.accounts ??= this.get<ListPage<AccountSummary>>(
      request,
      '/api/agent/accounts?pageSize=100',
    ).then((page) => page.items);
    for (const account of await this.accounts) {
      if (account.type !== type || account.status !== 'active' || this.taken.has(account.id)) {
        continue;
      }
      if (await fits(account)) {
        this.taken.add(account.id);
        return account;
      }
    }
    throw new Error(`the demo data has no further active ${type} account that fits`);
  }
}

const demo = new DemoData();

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

/** How the tables show an amount: "-$12.50" for a debit. */
function signed(cents: number): string {
  return cents < 0 ? `-${money(-cents)}` : money(cents);
}

/** Presses a button from the keyboard: focus it (as Tab would) and press Enter. */
async function press(button: Locator): Promise<void> {
  await button.focus();
  await button.press('Enter');
}

/** Signs in, types the account number into the search box and opens the best match. */
async function openAccount(page: Page, account: AccountSummary): Promise<void> {
  await signIn(page, '/agent/', AGENT);
  await expect(page).toHaveURL(/\/agent\/accounts$/);
  const search = page.getByRole('searchbox');
  await expect(search).toBeFocused();
  await page.keyboard.type(account.accountNo);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /accounts? found/ })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toContainText(account.accountNo);
  // Enter again on the same search opens the best match.
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

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await press(tab);
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** The balance in the account header, as the agent reads it. */
async function headerBalance(page: Page): Promise<number> {
  return centsOf(await page.locator('dd.balance').textContent());
}

/**
 * Does a write and returns the header's balance once the header has loaded again after it
 * (the page reloads the account after every write; its answer says when to read).
 */
async function balanceAfter(
  page: Page,
  account: AccountSummary,
  write: () => Promise<void>,
): Promise<number> {
  const reloaded = page.waitForResponse(
    (response) =>
      response.request().method() === 'GET' &&
      new URL(response.url()).pathname === `/api/agent/accounts/${account.id}`,
  );
  await write();
  const { balanceCents } = (await (await reloaded).json()) as { balanceCents: number };
  await expect.poll(() => headerBalance(page)).toBe(balanceCents);
  return balanceCents;
}

interface LedgerLine {
  kind: string;
  amountCents: number;
  balanceCents: number;
}

/** The first page of the open Financials tab, newest first, as the agent reads it. */
async function ledgerLines(page: Page): Promise<LedgerLine[]> {
  const rows = page.getByRole('table', { name: 'Financials' }).getByRole('row');
  const lines: LedgerLine[] = [];
  for (const row of (await rows.all()).slice(1)) {
    const [, kind, , amount, balance] = await row.getByRole('cell').allInnerTexts();
    lines.push({ kind, amountCents: centsOf(amount), balanceCents: centsOf(balance) });
  }
  return lines;
}

/**
 * The Financials tab lists `kind` for `amountCents`, the running balance steps by exactly that
 * at it, and the header showed a balance from before it (`before`) and one that includes it
 * (`after`). The roadside keeps posting trips meanwhile, each an entry of its own, so a toll
 * landing on the account mid-journey is told apart from the agent's action instead of failing it.
 */
async function expectLedgerStep(
  page: Page,
  entry: { kind: string; amountCents: number },
  before: number,
  after: number,
): Promise<void> {
  await openTab(page, 'Financials');
  let lines: LedgerLine[] = [];
  const isEntry = (line: LedgerLine) =>
    line.kind === entry.kind && line.amountCents === entry.amountCents;
  await expect
    .poll(
      async () => {
        lines = await ledgerLines(page);
        return lines.some(isEntry);
      },
      { message: `${entry.kind} of ${signed(entry.amountCents)} in Financials` },
    )
    .toBe(true);
  const at = lines.findIndex(isEntry);
  expect(lines[at].balanceCents - lines[at + 1].balanceCents).toBe(entry.amountCents);
  expect(lines.slice(0, at + 1).map((line) => line.balanceCents)).toContain(after);
  expect(lines.slice(at + 1).map((line) => line.balanceCents)).toContain(before);
}

test.describe('agent service actions', () => {
  test('takes a card payment, then refunds part of it from the Payments tab with a note', async ({
    page,
  }) => {
    const account = await demo.account(page.request, 'prepaid');
    await openAccount(page, account);
    await verifyCaller(page);

    // Amounts only this run uses, so the rows found are this run's.
    const paidCents = 3_000 + (Date.now() % 1_000);
    const refundCents = 1_000 + (Date.now() % 997);
    await press(page.getByRole('button', { name: 'Take payment…' }));
    const payment = page.getByRole('dialog');
    await expect(payment.getByLabel('Amount in dollars')).toBeFocused();
    await page.keyboard.type(dollars(paidCents));
    await payment.getByLabel('Card number').fill('4242 4242 4242 4242');
    await payment.getByLabel('Expiry (MM/YY)').fill('12/34');
    await payment.getByLabel('CVC').fill('123');
    await payment.getByLabel('Note (why)').fill('Caller paid by phone before asking for a refund');
    const before = await balanceAfter(page, account, async () => {
      await press(payment.getByRole('button', { name: 'Charge card' }));
      await expect(page.getByText(`Payment of ${money(paidCents)} taken.`)).toBeVisible();
    });

    await openTab(page, 'Payments');
    const payments = page.getByRole('table', { name: 'Payments' });
    const paid = payments.getByRole('row').filter({ hasText: money(paidCents) });
    await expect(paid).toHaveCount(1);
    await expect(paid).toContainText('Payment (agent)');
    await press(paid.getByRole('button', { name: `Refund payment of ${money(paidCents)}` }));

    const refund = page.getByRole('dialog', { name: 'Refund a card payment' });
    const amount = refund.getByLabel('Amount in dollars');
    // The whole refundable amount is offered; the caller wants part of it back.
    await expect(amount).toBeFocused();
    await expect(amount).toHaveValue(dollars(paidCents));
    await amount.fill(dollars(refundCents));
    await refund.getByLabel('Reason').selectOption({ label: 'Customer request' });
    await refund.getByLabel('Note (why)').fill('Caller overpaid; refunding the difference');
    const after = await balanceAfter(page, account, async () => {
      await press(refund.getByRole('button', { name: 'Refund', exact: true }));
      await expect(refund).toBeHidden();
    });
    await expect(
      page.getByText(`Refund of ${money(refundCents)} paid back to the card.`),
    ).toBeVisible();

    // The payment now shows what was refunded and what still can be.
    await expect(paid.getByRole('cell').nth(5)).toHaveText(money(refundCents));
    await expect(paid.getByRole('cell').nth(6)).toHaveText(money(paidCents - refundCents));
    await expectNoSeriousA11yIssues(page);

    await expectLedgerStep(page, { kind: 'Refund', amountCents: -refundCents }, before, after);
  });

  test('reverses a posted trip from the Trips tab with a note', async ({ page }) => {
    const account = await demo.account(page.request, 'prepaid', async (candidate) => {
      const trips = await demo.get<ListPage<{ status: string; amountCents: number | null }>>(
        page.request,
        `/api/agent/accounts/${candidate.id}/trips?page=1&pageSize=25`,
      );
      return trips.items.some((trip) => trip.status === 'posted' && (trip.amountCents ?? 0) > 0);
    });
    await openAccount(page, account);
    await verifyCaller(page);
    const before = await headerBalance(page);

    await openTab(page, 'Trips');
    const trips = page.getByRole('table', { name: 'Trips' });
    const reversible = trips
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: /^Reverse trip at / }) })
      .filter({ hasNotText: '$0.00' })
      .first();
    await expect(reversible).toBeVisible();
    const [time, plaza, lane, , , amountText] = await reversible.getByRole('cell').allInnerTexts();
    const tollCents = centsOf(amountText);
    // Found again by what the agent sees, since new trips may arrive above it meanwhile.
    const trip = trips
      .getByRole('row')
      .filter({ hasText: time })
      .filter({ hasText: plaza })
      .filter({ hasText: lane });
    await expect(trip).toContainText('Posted');

    await press(trip.getByRole('button', { name: /^Reverse trip at / }));
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`Its toll of ${money(tollCents)} is credited back`);
    await expect(dialog.getByLabel('Note (why)')).toBeFocused();
    await dialog.getByLabel('Reason').selectOption({ label: 'Duplicate charge' });
    await dialog.getByLabel('Note (why)').fill('Caller was charged twice for one passage');
    const after = await balanceAfter(page, account, async () => {
      await press(dialog.getByRole('button', { name: 'Reverse trip' }));
      await expect(dialog).toBeHidden();
    });
    await expect(page.getByText(`Trip reversed: ${money(tollCents)} credited.`)).toBeVisible();

    await expect(trip).toContainText('Reversed');
    await expect(trip.getByRole('button', { name: /^Reverse trip at / })).toHaveCount(0);
    await expectLedgerStep(page, { kind: 'Reversal', amountCents: tollCents }, before, after);
  });

  test('opens a case with its SLA date, takes it and closes it with an outcome', async ({
    page,
  }) => {
    const account = await demo.account(page.request, 'prepaid');
    await openAccount(page, account);
    await verifyCaller(page);
    await openTab(page, 'Cases');

    const subject = `Caller asks about a statement (${Date.now() % 100_000})`;
    await press(page.getByRole('button', { name: 'Open case…' }));
    const open = page.getByRole('dialog', { name: 'Open a case' });
    await expect(open.getByLabel('Kind')).toBeFocused();
    await open.getByLabel('Kind').selectOption({ label: 'Inquiry' });
    await open.getByLabel('Subject').fill(subject);
    await open.getByLabel('Note (why)').fill('Caller asks why the last statement was higher');
    await press(open.getByRole('button', { name: 'Open case' }));
    await expect(open).toBeHidden();

    const item = page
      .getByRole('list', { name: 'Cases' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: subject }) });
    await expect(item).toContainText('Open');
    await expect(item).toContainText('Inquiry');
    // The SLA due date the BFF set, shown as a date the agent can read.
    await expect(item.locator('dt:text-is("Due") + dd')).toHaveText(/[A-Z][a-z]{2} \d{1,2}, \d{4}/);
    await expect(item.locator('dt:text-is("Owner") + dd')).toHaveText('Nobody yet');
    await expectNoSeriousA11yIssues(page);

    await press(item.getByRole('button', { name: 'Assign to me' }));
    const take = page.getByRole('dialog', { name: `Take the case “${subject}”` });
    await expect(take.getByLabel('Note (why)')).toBeFocused();
    await page.keyboard.type('Taking it: I will call the customer back');
    await press(take.getByRole('button', { name: 'Assign to me' }));
    await expect(take).toBeHidden();
    await expect(item.locator('dt:text-is("Owner") + dd')).toHaveText('Jordan Lee');
    await expect(item).toContainText('In progress');

    await press(item.getByRole('button', { name: 'Close case' }));
    const close = page.getByRole('dialog', { name: `Close “${subject}”` });
    await close.getByLabel('Outcome').selectOption({ label: 'Denied' });
    await close.getByLabel('Note (why)').fill('Explained the rate change; charges are correct');
    await press(close.getByRole('button', { name: 'Close case' }));
    await expect(close).toBeHidden();

    await expect(item).toContainText('Closed');
    await expect(item.locator('dt:text-is("Outcome") + dd')).toHaveText('Denied');
    await expect(item.getByRole('button', { name: 'Close case' })).toHaveCount(0);
    // The case's notes, folded away until the agent opens them, end with the closing one.
    await press(item.getByText(/\d+ note\(s\)/));
    await expect(item.getByText('Explained the rate change; charges are correct')).toBeVisible();
  });

  test('replaces a tag: the new tag is valid and the old one inactive', async ({ page }) => {
    let oldTagNo = '';
    const account = await demo.account(page.request, 'prepaid', async (candidate) => {
      // Clear of the low-balance threshold (10.00), so a new tag is valid, not low-balance.
      if (candidate.balanceCents < 2_500) return false;
      const tags = await demo.get<
        ListPage<{ tagNo: string; status: string; vehicleId: string | null }>
      >(page.request, `/api/agent/accounts/${candidate.id}/tags?page=1&pageSize=25`);
      const tag = tags.items.find((t) => t.status === 'valid' && t.vehicleId);
      oldTagNo = tag?.tagNo ?? '';
      return tag !== undefined;
    });
    await openAccount(page, account);
    await verifyCaller(page);
    await openTab(page, 'Tags');

    const tags = page.getByRole('table', { name: 'Tags' });
    const old = tags.getByRole('row').filter({ hasText: oldTagNo });
    await expect(old).toContainText('Valid');
    await press(old.getByRole('button', { name: 'Replace' }));

    const newTagNo = `H8-${Date.now().toString(36).toUpperCase()}`;
    const dialog = page.getByRole('dialog', { name: `Replace tag ${oldTagNo}` });
    await expect(dialog.getByLabel('New tag number')).toBeFocused();
    await page.keyboard.type(newTagNo);
    await dialog.getByLabel('Note (why)').fill('Old transponder stopped reading at the gantries');
    await press(dialog.getByRole('button', { name: 'Replace tag' }));
    await expect(dialog).toBeHidden();
    await expect(
      page.getByText(`Tag ${oldTagNo} replaced by ${newTagNo}; its status is valid.`),
    ).toBeVisible();

    await expect(tags.getByRole('row').filter({ hasText: newTagNo })).toContainText('Valid');
    await expect(old).toContainText('Inactive');
    await expect(old.getByRole('button', { name: 'Replace' })).toHaveCount(0);
  });

  test('the Invoices tab with real invoices has no serious accessibility issues', async ({
    page,
  }) => {
    const account = await demo.account(page.request, 'toll_by_plate', async (candidate) => {
      const invoices = await demo.get<ListPage<unknown>>(
        page.request,
        `/api/agent/accounts/${candidate.id}/invoices?page=1&pageSize=25`,
      );
      return invoices.items.length > 0;
    });
    await openAccount(page, account);
    await verifyCaller(page);
    await openTab(page, 'Invoices');
    const invoices = page.getByRole('table', { name: 'Invoices' });
    await expect(invoices.getByRole('row').nth(1)).toBeVisible();
    await expectNoSeriousA11yIssues(page);
  });
});
