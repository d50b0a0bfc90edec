import { expect, test, type Page, type Request } from '@playwright/test';
import { expectNoSeriousA11yIssues } from '../support/axe.ts';

/** Fixed demo invoices seeded for guests (backend/src/seed/demo-invoices.ts); one per viewport. */
const viewports = [
  {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    invoiceNo: 'INVDEMO0001',
    plate: 'demo-101',
  },
  {
    name: 'desktop',
    viewport: { width: 1280, height: 800 },
    invoiceNo: 'INVDEMO0002',
    plate: 'DEMO 102',
  },
] as const;

async function findInvoice(page: Page, invoiceNo: string, plate: string) {
  await page.getByLabel('Invoice number', { exact: true }).fill(invoiceNo);
  await page.getByLabel('Plate', { exact: true }).fill(plate);
  await page.getByRole('button', { name: 'Find my invoice' }).click();
}

for (const { name, viewport, invoiceNo, plate } of viewports) {
  test.describe(`guest pays an invoice on a ${name}`, () => {
    test.use({ viewport });

    test('finds the invoice, sees every line, double-clicks Pay and is charged once', async ({
      page,
      request,
    }) => {
      const failures: string[] = [];
      page.on('pageerror', (error) => failures.push(error.message));
      const payments: Request[] = [];
      page.on('request', (sent) => {
        if (sent.url().endsWith('/api/customer/guest/payments')) payments.push(sent);
      });

      await page.goto('/customer/');
      await page.getByRole('link', { name: 'Pay a toll or invoice' }).first().click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Pay a toll or invoice' }),
      ).toBeVisible();
      await expectNoSeriousA11yIssues(page);

      // A wrong plate says no more than an unknown invoice.
      await findInvoice(page, invoiceNo, 'ZZZ999');
      await expect(page.getByRole('alert')).toContainText('No invoice matches');

      await findInvoice(page, invoiceNo, plate);
      await expect(
        page.getByRole('heading', { level: 2, name: `Invoice ${invoiceNo}` }),
      ).toBeVisible();
      await expect(page.getByText(/Pay by .* to avoid a \$6\.00 fee/)).toBeVisible();
      await expect(page.getByText('Added by rule')).toBeVisible();
      const due = await page.locator('.amount-due').textContent();
      await expectNoSeriousA11yIssues(page);

      await page.getByLabel('Card number').fill('4242 4242 4242 4242');
      await page.getByLabel('Expiry month (MM)').fill('12');
      await page.getByLabel('Expiry year (YYYY)').fill('2031');
      await page.getByLabel('Security code').fill('123');
      await page.getByLabel('E-mail for the receipt (optional)').fill('guest@example.com');
      await page.getByRole('button', { name: /^Pay / }).dblclick();

      await expect(page.getByRole('heading', { level: 1, name: 'Payment received' })).toBeVisible();
      await expect(page.locator('.paid-amount')).toHaveText(due ?? '');
      await expect(page.getByText('visa •••• 4242')).toBeVisible();
      await expectNoSeriousA11yIssues(page);
      expect(payments).toHaveLength(1);

      // The same request again (a retry after a lost response) returns the same payment.
      const first = payments[0]!;
      const firstBody = (await (await first.response())!.json()) as { paymentId: string };
      const replay = await request.post('/api/customer/guest/payments', {
        headers: { 'idempotency-key': first.headers()['idempotency-key']! },
        data: first.postDataJSON(),
      });
      expect(((await replay.json()) as { paymentId: string }).paymentId).toBe(firstBody.paymentId);

      const after = await request.post('/api/customer/guest/invoice-lookup', {
        data: { invoiceNo, plate },
      });
      expect(await after.json()).toMatchObject({ status: 'paid', amountDueCents: 0 });
      expect(failures).toEqual([]);
    });
  });
}
