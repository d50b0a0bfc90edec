import { expect, type Page } from '@playwright/test';

/** The password every seeded demo user shares (see README: demo sign-ins). */
export const DEMO_PASSWORD = 'beaus-demo';

/**
 * Signs in through the app's own login page the way a person does, keyboard only:
 * type the username, Tab to the password, Enter to submit.
 */
export async function signIn(page: Page, entryPath: string, username: string): Promise<void> {
  await page.goto(entryPath);
  const user = page.getByLabel('Username');
  await expect(user).toBeVisible();
  await user.fill(username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
}
