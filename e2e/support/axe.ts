import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Axe measures what is on screen at that instant, so first let finite transitions finish (a
 * button half-way through Material's state transition has a contrast it never rests at) and a
 * transient toast leave (Material keeps its text in an aria-hidden node until announced).
 */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (animation) =>
              animation.playState !== 'running' ||
              animation.effect?.getTiming().iterations === Infinity,
          ),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  await page
    .locator('mat-snack-bar-container')
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/** Fails on any serious or critical WCAG 2.x A/AA finding on the current page. */
export async function expectNoSeriousA11yIssues(page: Page): Promise<void> {
  await settle(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}
