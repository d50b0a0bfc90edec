import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yIssues } from '../support/axe.ts';
import { signIn } from '../support/sign-in.ts';

const viewports = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

/** Dollars shown as "$1,234.56" or "-$1.50" → integer cents, for comparing balances exactly. */
function centsOf(text: string | null): number {
  const match = /(-?)\$([\d,]+)\.(\d{2})/.exec(text ?? '');
  if (!match) throw new Error(`no amount in ${JSON.stringify(text)}`);
  const cents = Number(match[2]!.replace(/,/g, '')) * 100 + Number(match[3]);
  return match[1] === '-' ? -cents : cents;
}

for (const { name, viewport } of viewports) {
  test.describe(`a signed-in customer tops up on a ${name}`, () => {
    test.use({ viewport });

    test('adds $25.00 with the card on file, double-clicked, and the balance rises once', async ({
      page,
    }) => {
      await signIn(page, '/customer/login', 'customer1');
      await expect(page.getByRole('heading', { level: 1, name: /account/i })).toBeVisible();
      await expectNoSeriousA11yIssues(page);
      const balance = page.locator('.balance');
      const before = centsOf(await balance.textContent());

      await page.getByRole('button', { name: '$25.00', exact: true }).click();
      await page.getByRole('button', { name: 'Add $25.00' }).dblclick();
      await expect(page.getByRole('status').filter({ hasText: 'Payment received' })).toBeVisible();
      // Trips may post meanwhile (the simulator runs), so the rise is at most $25.00, never $50.
      await expect
        .poll(async () => centsOf(await balance.textContent()) - before)
        .toBeGreaterThan(0);
      expect(centsOf(await balance.textContent()) - before).toBeLessThanOrEqual(2500);
      // Off the button: axe measures a hovered or focused button through Material's half-drawn
      // state layer (a transient overlay), which is not what the person sees at rest.
      await page.mouse.move(0, 0);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await expect(page.getByRole('button', { name: 'Add $25.00' })).toBeEnabled();
      await expectNoSeriousA11yIssues(page);
    });
  });
}
