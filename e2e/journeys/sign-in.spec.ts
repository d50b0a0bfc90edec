import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yIssues } from '../support/axe.ts';
import { signIn } from '../support/sign-in.ts';

interface FirstPage {
  app: string;
  entry: string;
  username: string;
  heading: RegExp;
}

const firstPages: FirstPage[] = [
  { app: 'agent', entry: '/agent/', username: 'agent1', heading: /find an account/i },
  { app: 'supervisor', entry: '/supervisor/', username: 'super1', heading: /operations today/i },
  { app: 'admin', entry: '/admin/', username: 'admin1', heading: /plazas/i },
  { app: 'customer', entry: '/customer/login', username: 'customer1', heading: /account/i },
];

test('the health endpoint reports every dependency', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.ok()).toBe(true);
  const health = (await response.json()) as { dependencies: Record<string, { status: string }> };
  for (const dependency of ['database', 'cache', 'objectStore', 'eventLog', 'identity']) {
    expect(health.dependencies[dependency]?.status).toBe('up');
  }
});

for (const { app, entry, username, heading } of firstPages) {
  test(`${username} signs in to the ${app} app and sees its first page`, async ({ page }) => {
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(message.text());
    });

    await page.goto(entry);
    await expect(page.getByLabel('Username')).toBeVisible();
    await expectNoSeriousA11yIssues(page);

    await signIn(page, entry, username);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoSeriousA11yIssues(page);
    expect(failures).toEqual([]);
  });
}

test('a wrong password is refused with a readable message', async ({ page }) => {
  await page.goto('/agent/');
  await page.getByLabel('Username').fill('agent1');
  await page.getByLabel('Password').fill('not-the-password');
  await page.keyboard.press('Enter');
  await expect(page.getByText('The username or password is not correct.')).toBeVisible();
});

test('the agent search box has focus on arrival and lists matching accounts', async ({ page }) => {
  // agent3: the other journeys sign agent1 in often, and sign-in is rate-limited per user.
  await signIn(page, '/agent/', 'agent3');
  await expect(page.getByRole('heading', { level: 1, name: /find an account/i })).toBeVisible();
  const search = page.getByRole('searchbox').or(page.getByRole('textbox')).first();
  await expect(search).toBeFocused();
  await page.keyboard.type('100000001');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
});
