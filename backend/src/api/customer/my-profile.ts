import { and, eq } from 'drizzle-orm';
import type { Database } from '../../adapters/database/database.ts';
import { accounts, contacts } from '../../adapters/database/schema/index.ts';
import type { MailingPreference } from '../../adapters/database/schema/index.ts';
import { e164 } from '../../domain/index.ts';
import { auditActor, recordAudit } from '../../platform/audit.ts';
import { notFound } from '../../platform/errors.ts';
import { lockOwnAccount, type CustomerContext } from './customer-context.ts';

export interface MyProfile {
  /** The primary contact's phone, E.164. */
  phone: string | null;
  mailingPreference: MailingPreference;
  notifications: { receiptEmails: boolean; lowBalanceEmails: boolean };
}

export interface MyProfileChange {
  phone: string | null;
  mailingPreference: MailingPreference;
  notifications: { receiptEmails: boolean; lowBalanceEmails: boolean };
}

async function readProfile(database: Pick<Database, 'db'>['db'], accountId: number) {
  const [row] = await database
    .select({
      phone: contacts.phone,
      mailingPreference: accounts.mailingPreference,
      receiptEmails: accounts.receiptEmails,
      lowBalanceEmails: accounts.lowBalanceEmails,
    })
    .from(accounts)
    .leftJoin(contacts, and(eq(contacts.accountId, accounts.id), eq(contacts.isPrimary, true)))
    .where(eq(accounts.id, accountId));
  if (!row) throw notFound('No account is linked to this sign-in.');
  return row;
}

function profileOf(row: Awaited<ReturnType<typeof readProfile>>): MyProfile {
  return {
    phone: row.phone,
    mailingPreference: row.mailingPreference,
    notifications: { receiptEmails: row.receiptEmails, lowBalanceEmails: row.lowBalanceEmails },
  };
}

/** The signed-in customer's phone, mailing preference and notification choices. */
export async function loadMyProfile(database: Database, accountId: number): Promise<MyProfile> {
  return profileOf(await readProfile(database.db, accountId));
}

/** Changes the customer's own profile; audited, as a phone number is personal data. */
export async function saveMyProfile(
  database: Database,
  context: CustomerContext,
  change: MyProfileChange,
): Promise<MyProfile> {
  return database.transaction(async (tx) => {
    await lockOwnAccount(tx, context.accountId);
    const before = profileOf(await readProfile(tx, context.accountId));
    await tx
      .update(accounts)
      .set({
        mailingPreference: change.mailingPreference,
        receiptEmails: change.notifications.receiptEmails,
        lowBalanceEmails: change.notifications.lowBalanceEmails,
      })
      .where(eq(accounts.id, context.accountId));
    await tx
      .update(contacts)
      .set({ phone: change.phone === null ? null : e164(change.phone) })
      .where(and(eq(contacts.accountId, context.accountId), eq(contacts.isPrimary, true)));
    const after = profileOf(await readProfile(tx, context.accountId));
    await recordAudit(tx, {
      actor: auditActor(context.principal),
      action: 'profile.changed',
      entityType: 'account',
      entityId: context.accountId,
      before,
      after,
      requestId: context.requestId,
    });
    return after;
  });
}
