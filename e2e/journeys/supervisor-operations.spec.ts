import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yIssues } from '../support/axe.ts';
import { signIn } from '../support/sign-in.ts';

/** A whole number shown with thousands separators ("12,840") as a number. */
const countOf = (text: string) => Number(text.replace(/[^\d]/g, ''));

test('a supervisor watches the network live, approves an adjustment and reconciles the day', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, '/supervisor/', 'super1');
  await page.getByRole('link', { name: 'Live dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Live operations' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();

  // The simulator keeps sending trips: the pushed figures move without a reload.
  const trips = page.locator('beaus-metric-card.trips .value');
  await expect(trips).toBeVisible({ timeout: 30_000 });
  const first = countOf(await trips.innerText());
  await expect
    .poll(async () => countOf(await trips.innerText()), { timeout: 60_000, intervals: [1_000] })
    .toBeGreaterThan(first);
  await expect(page.getByRole('img', { name: /Trips per \d+ min by plaza/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Figures by plaza' })).toBeVisible();
  await expectNoSeriousA11yIssues(page);

  // Drill down to the first plaza of the table, then back to the network.
  const open = page.getByRole('table', { name: 'Figures by plaza' }).getByRole('button').first();
  const plaza = (await open.innerText()).replace('Open ', '').trim();
  await open.click();
  await expect(page.getByRole('heading', { name: `Live operations › ${plaza}` })).toBeVisible();
  await page.getByRole('button', { name: 'Whole network' }).click();

  // An adjustment an agent left pending above their limit.
  await page.getByRole('link', { name: 'Approvals' }).click();
  const card = page.locator('beaus-approval-card').first();
  await expect(card).toBeVisible();
  await expectNoSeriousA11yIssues(page);
  await expect(card.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await card.getByLabel('Your note (required)').fill('Checked the trips on the account.');
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText(/Adjustment \d+ approved and applied\./)).toBeVisible();

  // Reconciliation: every received read is posted, in review, a dead letter or a duplicate.
  await page.getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('button', { name: 'Reconciliation' }).click();
  await expect(page.getByRole('table')).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousA11yIssues(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^reconciliation-.*\.csv$/);
  const lines = (await readFile(await download.path(), 'utf8')).trim().split('\r\n');
  expect(lines[0]).toBe(
    'day,plaza,received,posted,in_review,dead_letters,duplicates,difference,posted_cents',
  );
  const rows = lines.slice(1).map((line) => line.split(','));
  expect(rows.length).toBeGreaterThan(0);
  for (const [, , received, posted, review, dead, duplicates, difference] of rows) {
    expect(Number(received)).toBe(
      Number(posted) + Number(review) + Number(dead) + Number(duplicates) + Number(difference),
    );
  }
  expect(rows.reduce((sum, row) => sum + Number(row[2]), 0)).toBeGreaterThan(0);
  expect(
    rows.map((row) => `${row[0]} ${row[1]}: ${row[7]}`).filter((r) => !r.endsWith(': 0')),
  ).toEqual([]);
  await expect(page.getByText('Every received read is accounted for.')).toBeVisible();
});
