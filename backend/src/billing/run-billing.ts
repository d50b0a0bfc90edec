/**
 * Runs the billing jobs once against the configured database (DATABASE_URL, else PGlite in
 * DATA_DIR): the billing cycle, escalation, then pending auto top-ups. Safe to re-run; a
 * scheduler calls it daily (auto top-ups more often).
 *
 *   npm run billing -w backend -- [--as-of 2026-12-16T06:00:00Z] [--only cycle|escalation|top-ups]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase } from '../adapters/database/create-database.ts';
import { migrateDatabase } from '../adapters/database/migrate.ts';
import { loadConfig } from '../config/config.ts';
import { runBillingCycle } from './billing-cycle.ts';
import { createOutboxMailer } from '../adapters/email/outbox-mailer.ts';
import { createSesMailer } from '../adapters/email/ses-mailer.ts';
import { createSandboxPaymentGateway } from '../adapters/payments/sandbox-payment-gateway.ts';
import { runAutoTopUps } from './auto-top-up-worker.ts';
import { runEscalation } from './escalation-run.ts';

const { values } = parseArgs({
  options: { 'as-of': { type: 'string' }, only: { type: 'string' } },
});
const asOf = values['as-of'] ? new Date(values['as-of']) : new Date();
if (Number.isNaN(asOf.getTime())) throw new Error('--as-of must be an ISO date-time');
if (values.only !== undefined && !['cycle', 'escalation', 'top-ups'].includes(values.only)) {
  throw new Error('--only must be cycle, escalation or top-ups');
}
const runs = (job: string) => values.only === undefined || values.only === job;

const config = loadConfig();
const database = await createDatabase({
  databaseUrl: config.databaseUrl ?? undefined,
  dataDir: config.dataDir,
});
const mailer = config.sesFromAddress
  ? createSesMailer(config.sesFromAddress)
  : createOutboxMailer(join(config.dataDir, 'outbox'));
/** Invoice and escalation e-mails to drivers with an account on file, in their language. */
const notices = {
  mailer,
  onError: (error: unknown) => console.warn(`an invoice notice was not sent: ${String(error)}`),
};
try {
  await migrateDatabase(database);
  if (runs('cycle')) {
    const cycle = await runBillingCycle(database, asOf, notices);
    console.log(
      `billing cycle as of ${asOf.toISOString()}: ${cycle.invoicesIssued} invoices, ${cycle.tripsInvoiced} tolls`,
    );
  }
  if (runs('escalation')) {
    const escalation = await runEscalation(database, asOf, notices);
    console.log(
      `escalation as of ${asOf.toISOString()}: ${escalation.invoicesEscalated} invoices moved, ${escalation.feesAddedCents} cents of fees`,
    );
  }
  if (runs('top-ups')) {
    // The sandbox is the only processor so far; a real one is chosen by configuration here.
    const gateway = createSandboxPaymentGateway();
    const topUps = await runAutoTopUps({ database, gateway, mailer }, asOf);
    console.log(
      `auto top-ups: ${topUps.charged} charged, ${topUps.declined} declined, ${topUps.retryLater} to retry`,
    );
  }
} finally {
  await database.close();
}
