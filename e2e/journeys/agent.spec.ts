import { expect, test, type APIRequestContext, type Page, type Request } from '@playwright/test';
import { expectNoSeriousA11yIssues } from '../support/axe.ts';
import { DEMO_PASSWORD, signIn } from '../support/sign-in.ts';

/**
 * The agent's day, keyboard first: find an account by a plate typed the way a caller says it,
 * verify the caller, adjust within and above the limit, take a card payment (a double-click and
 * a replayed request charge once), then work the image review queue.
 */

interface AccountSummary {
  id: string;
  accountNo: string;
  type: string;
  status: string;
  plates: string[];
}

/** A seeded prepaid account with a plate, found through the API as agent1 (nothing hard-coded). */
async function seededPrepaidAccount(request: APIRequestContext): Promise<AccountSummary> {
  const login = await request.post('/api/auth/login', {
    data: { username: 'agent1', password: DEMO_PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const search = await request.get('/api/agent/accounts?pageSize=100', {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  expect(search.ok()).toBe(true);
  const { items } = (await search.json()) as { items: AccountSummary[] };
  const account = items.find(
    (a) => a.type === 'prepaid' && a.status === 'active' && a.plates.length === 1,
  );
  if (!account) throw new Error('the demo data has no active prepaid account with one plate');
  return account;
}

/** Presses a button from the keyboard: focus it (as Tab would) and press Enter. */
async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
}

async function openAccountByPlate(page: Page, account: AccountSummary): Promise<void> {
  const plate = account.plates[0];
  // The caller spells it with a dash and the agent types it in lower case.
  const spoken = `${plate.slice(0, 3)}-${plate.slice(3)}`.toLowerCase();
  const search = page.getByRole('searchbox');
  await expect(search).toBeFocused();
  await page.keyboard.type(spoken);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /accounts? found/ })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toContainText(account.accountNo);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/agent/accounts/${account.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(account.accountNo);
}

async function verifyCaller(page: Page): Promise<void> {
  const pin = page.getByLabel('PIN the caller gives');
  const verified = page.getByText(/Caller verified until/);
  // A verification lasts a while for the same agent: the second journey may find it still valid.
  await expect(pin.or(verified)).toBeVisible();
  if (await verified.isVisible()) return;
  await pin.focus();
  await page.keyboard.type('1234');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Caller verified until/)).toBeVisible();
}

async function adjust(page: Page, dollars: string, note: string): Promise<void> {
  await pressButton(page, 'Adjust balance…');
  const amount = page.getByLabel('Amount in dollars');
  await expect(amount).toBeFocused();
  await page.keyboard.type(dollars);
  await page.getByLabel('Note (why)').focus();
  await page.keyboard.type(note);
  await pressButton(page, 'Submit adjustment');
}

test.describe('agent desk', () => {
  test('finds an account by a spoken plate, verifies the caller and adjusts within the limit', async ({
    page,
  }) => {
    const account = await seededPrepaidAccount(page.request);
    await signIn(page, '/agent/', 'agent1');
    await expect(page).toHaveURL(/\/agent\/accounts$/);
    await expectNoSeriousA11yIssues(page);

    await openAccountByPlate(page, account);
    await verifyCaller(page);
    await expectNoSeriousA11yIssues(page);

    await adjust(page, '12.50', 'Goodwill: caller was charged twice at the north plaza');
    await expect(page.getByText('Adjustment of $12.50 applied.')).toBeVisible();

    const financials = page.getByRole('tab', { name: 'Financials' });
    await financials.focus();
    await page.keyboard.press('Enter');
    const adjustmentRow = page.getByRole('row').filter({ hasText: 'Adjustment' }).first();
    await expect(adjustmentRow).toContainText('12.50');
  });

  test('an adjustment over the agent limit waits for a supervisor', async ({ page }) => {
    const account = await seededPrepaidAccount(page.request);
    await signIn(page, '/agent/', 'agent1');
    await openAccountByPlate(page, account);
    await verifyCaller(page);
    await adjust(page, '75.00', 'Refund of a disputed month of tolls, over my limit');
    await expect(
      page.getByText('Adjustment of $75.00 is pending supervisor approval.'),
    ).toBeVisible();
  });

  test('take payment twice with the same key → one charge', async ({ page }) => {
    const account = await seededPrepaidAccount(page.request);
    await signIn(page, '/agent/', 'agent1');
    await openAccountByPlate(page, account);
    await verifyCaller(page);

    // An amount this run alone uses, so the ledger check finds only this run's payment.
    const cents = 2_000 + (Date.now() % 7_919);
    const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    await pressButton(page, 'Take payment…');
    await expect(page.getByLabel('Amount in dollars')).toBeFocused();
    await page.keyboard.type(amount);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Card number').fill('4242 4242 4242 4242');
    await dialog.getByLabel('Expiry (MM/YY)').fill('12/34');
    await dialog.getByLabel('CVC').fill('123');
    await dialog.getByLabel('Note (why)').fill('Caller paid the balance by phone');
    await expectNoSeriousA11yIssues(page);
    // Every payment request the app sends, with the BFF's answer (read here, before the
    // browser can drop the body once the dialog closes).
    const sent: { request: Request; paymentId: string }[] = [];
    await page.route(/\/api\/agent\/accounts\/\d+\/payments$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { paymentId: string };
      sent.push({ request: route.request(), paymentId: body.paymentId });
      await route.fulfill({ response, json: body });
    });
    await dialog.getByRole('button', { name: 'Charge card' }).dblclick();
    await expect(page.getByText(`Payment of $${amount} taken.`)).toBeVisible();
    expect(sent.length).toBeGreaterThanOrEqual(1);
    const [first] = sent;
    expect(new Set(sent.map((s) => s.paymentId))).toEqual(new Set([first.paymentId]));
    // The card number went to the processor's tokenizer only; our API got the token.
    expect(first.request.postData()).not.toMatch(/4242 ?4242|cvc|expMonth/);

    // A retry of the very same request (same Idempotency-Key and body) returns the same payment.
    const replay = await page.request.post(first.request.url(), {
      headers: {
        authorization: (await first.request.headerValue('authorization')) ?? '',
        'idempotency-key': (await first.request.headerValue('idempotency-key')) ?? '',
        'content-type': 'application/json',
      },
      data: first.request.postData() ?? '',
    });
    expect(replay.status()).toBe(201);
    expect(((await replay.json()) as { paymentId: string }).paymentId).toBe(first.paymentId);

    const financials = page.getByRole('tab', { name: 'Financials' });
    await financials.focus();
    await page.keyboard.press('Enter');
    const payments = page
      .getByRole('row')
      .filter({ hasText: 'Payment' })
      .filter({ hasText: `$${amount}` });
    await expect(payments).toHaveCount(1);
  });

  test('works two image review items without the mouse: confirm one, correct another', async ({
    page,
  }) => {
    const account = await seededPrepaidAccount(page.request);
    await signIn(page, '/agent/', 'agent1');
    await expect(page).toHaveURL(/\/agent\/accounts$/);
    await page.goto('/agent/review');
    const reading = page.getByTestId('ocr-reading');
    await expect(reading).toBeVisible();
    await expect(page.getByText(/Keys: C or Enter confirms/)).toBeVisible();
    await expectNoSeriousA11yIssues(page);
    const first = await reading.textContent();

    await page.keyboard.press('c');
    await expect(page.getByText(/This session: 1 decided \(1 confirmed/)).toBeVisible();
    // The next item loads by itself.
    await expect(reading).not.toHaveText(first ?? '');

    await page.keyboard.press('e');
    const plateField = page.getByLabel(/Corrected plate/);
    await expect(plateField).toBeFocused();
    const plate = account.plates[0];
    await page.keyboard.type(`${plate.slice(0, 3)}-${plate.slice(3)}`.toLowerCase());
    await page.keyboard.press('Enter');
    await expect(
      page.getByText(/This session: 2 decided \(1 confirmed, 1 corrected/),
    ).toBeVisible();
  });
});
