import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yIssues } from '../support/axe.ts';
import { signIn } from '../support/sign-in.ts';

/** `datetime-local` value for an instant in the browser's zone. */
function localValue(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Dollars shown by the money pipe ("$1.23") as cents. */
function centsOf(text: string): number {
  const match = /\$([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`no amount in "${text}"`);
  return Number(match[1].replaceAll(',', '')) * 100 + Number(match[2]);
}

async function quote(page: Page, at: Date, which: 'published' | 'draft') {
  await page.getByTestId('calc-at').fill(localValue(at));
  await page.getByRole('button', { name: 'Calculate' }).click();
  const answer = page.getByTestId(`quote-${which}`);
  await expect(answer).toContainText('schedule version');
  return answer.innerText();
}

test('an admin drafts a rate rise, previews it, and publishes it for tomorrow', async ({
  page,
}) => {
  await signIn(page, '/admin/', 'admin1');
  await page.getByRole('link', { name: 'Rate schedules' }).click();
  await expect(page.getByRole('heading', { name: 'Rate schedules' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Rate schedule versions' })).toBeVisible();
  await expectNoSeriousA11yIssues(page);

  await page.getByRole('button', { name: 'New draft from the rates in force' }).click();
  await expect(page.getByTestId('schedule-status')).toHaveText(/Draft/);

  // Raise every class 2 rate by $1.00 (class 2 rows come first).
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
  await expectNoSeriousA11yIssues(page);

  const now = new Date();
  const tomorrowNoon = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 12);
  const todayOld = centsOf(await quote(page, now, 'published'));
  expect(centsOf(await page.getByTestId('quote-draft').innerText())).toBe(todayOld + 100);
  const tomorrowOld = centsOf(await quote(page, tomorrowNoon, 'published'));
  const tomorrowNew = centsOf(await page.getByTestId('quote-draft').innerText());
  expect(tomorrowNew).toBe(tomorrowOld + 100);

  await page.getByRole('button', { name: 'Replay trips' }).click();
  await expect(page.getByTestId('what-if')).toBeVisible();

  await page.getByRole('button', { name: 'Publish' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByTestId('schedule-status')).toHaveText(/Published/);

  // Today's trips keep the old rate; from tomorrow the new one applies.
  expect(centsOf(await quote(page, now, 'published'))).toBe(todayOld);
  expect(centsOf(await quote(page, tomorrowNoon, 'published'))).toBe(tomorrowNew);
});

test('rotating a device credential refuses the old secret at the ingest gateway', async ({
  page,
}) => {
  await signIn(page, '/admin/', 'admin1');
  await page.getByRole('link', { name: 'Roadside devices' }).click();
  await expect(page.getByRole('heading', { name: 'Roadside devices' })).toBeVisible();

  await page.getByTestId('device-plaza').selectOption({ index: 1 });
  await page.getByTestId('device-lane').selectOption({ index: 1 });
  const plazaCode = (
    await page.getByTestId('device-plaza').locator('option:checked').innerText()
  ).split(' · ')[0];
  const laneCode = (
    await page.getByTestId('device-lane').locator('option:checked').innerText()
  ).split(' ')[0];
  const name = `e2e-${Date.now()}`;
  await page.getByTestId('device-name').fill(name);
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  const first = await page.getByTestId('device-authorization').inputValue();
  await expectNoSeriousA11yIssues(page);
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await expect(page.getByTestId('device-authorization')).toHaveCount(0);

  const trip = (eventId: string) => ({
    schema: 'trip.v1',
    eventId,
    deviceId: name,
    plazaId: plazaCode,
    laneId: laneCode,
    direction: 'N',
    occurredAt: new Date().toISOString(),
    vehicleClass: 2,
    tagId: 'E2E0000001',
    imageKeys: [],
  });
  const send = (authorization: string, eventId: string) =>
    page.request.post('/ingest/v1/trips', { headers: { authorization }, data: [trip(eventId)] });
  expect((await send(first, `${name}-1`)).status()).toBe(200);

  await page.getByLabel('Filter').fill(name);
  await page.keyboard.press('Enter');
  const row = page.getByRole('row', { name: new RegExp(name) });
  await row.getByRole('button', { name: 'Rotate credential' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Rotate credential' }).click();
  const second = await page.getByTestId('device-authorization').inputValue();
  expect(second).not.toBe(first);

  expect((await send(first, `${name}-2`)).status()).toBe(401);
  expect((await send(second, `${name}-3`)).status()).toBe(200);
});

test('the audit log shows the rate change with its before and after', async ({ page }) => {
  await signIn(page, '/admin/', 'admin1');
  await page.getByRole('link', { name: 'Audit log' }).click();
  await page.getByTestId('audit-action').fill('rate_schedule.published');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page
    .getByRole('row', { name: /rate_schedule\.published/ })
    .first()
    .click();
  await expect(page.getByTestId('audit-diff')).toContainText('status');
  await expect(page.getByTestId('audit-diff')).toContainText('published');
  await expectNoSeriousA11yIssues(page);

  for (const [link, heading] of [
    ['Business rules', 'Business rules'],
    ['Staff users', 'Staff users'],
    ['Plazas', 'Plazas'],
  ]) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expectNoSeriousA11yIssues(page);
  }
});

test('an admin opens a plaza from the list and adds a lane to it', async ({ page }) => {
  await signIn(page, '/admin/', 'admin1');
  await expect(page.getByRole('table', { name: 'Toll plazas' })).toBeVisible();
  const firstPlaza = page.getByRole('table', { name: 'Toll plazas' }).getByRole('row').nth(1);
  const code = (await firstPlaza.getByRole('cell').first().innerText()).trim();
  // Rows open with the keyboard, as with a click.
  await firstPlaza.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Plaza ${code}`, level: 1 })).toBeVisible();
  await expect(page.getByTestId('plaza-edit-timeZone')).not.toHaveValue('');
  await expectNoSeriousA11yIssues(page);

  const lanes = page.getByRole('table', { name: 'Lanes of the plaza' });
  await expect(lanes.getByRole('row').nth(1)).toBeVisible();
  const existing = (
    await lanes.getByRole('row').nth(1).getByRole('cell').first().innerText()
  ).trim();
  await page.getByTestId('lane-code').fill(existing);
  await page.getByRole('button', { name: 'Add lane' }).click();
  await expect(page.getByTestId('lane-code')).toHaveAttribute('aria-invalid', 'true');

  const lane = `E2E-${Date.now() % 100_000}`;
  await page.getByTestId('lane-code').fill(lane);
  await page.getByTestId('lane-type').selectOption('ramp');
  await page.getByRole('button', { name: 'Add lane' }).click();
  await expect(page.getByText(`Lane ${lane} added.`)).toBeVisible();
  await expect(lanes.getByRole('row', { name: new RegExp(`${lane}\\s+Ramp`) })).toBeVisible();

  // The lane is stored, not only shown: it is there after a reload.
  await page.reload();
  await expect(lanes.getByRole('row', { name: new RegExp(lane) })).toBeVisible();
  await expectNoSeriousA11yIssues(page);
});
