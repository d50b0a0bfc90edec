import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../adapters/database/database.ts';
import { paymentMethods } from '../../../adapters/database/schema/index.ts';
import type { AutoTopUpSetting } from '../../../domain/auto-top-up.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { conflict, notFound } from '../../../platform/errors.ts';
import { writeAutoTopUp } from '../../customer/top-up.ts';
import {
  addAccountNote,
  lockAccount,
  requireNote,
  staffActor,
  type ActionContext,
} from './action-context.ts';

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

export function describeAutoTopUp(setting: AutoTopUpSetting): string {
  return setting === null
    ? 'off'
    : `${dollars(setting.amountCents)} when below ${dollars(setting.thresholdCents)}`;
}

/**
 * The agent turns auto top-up on, changes it or turns it off for the caller, with the same
 * bounds the customer's own setting has. It charges the card on file, so turning it on needs one.
 */
export async function changeAutoTopUp(
  database: Database,
  context: ActionContext,
  body: { autoTopUp: AutoTopUpSetting; note: string },
): Promise<{ autoTopUp: AutoTopUpSetting; message: string }> {
  const note = requireNote(body.note);
  return database.transaction(async (tx) => {
    const account = await lockAccount(tx, context.accountId);
    if (account.type === 'toll_by_plate') {
      throw conflict('A toll-by-plate account has no balance to top up: convert it first.');
    }
    if (body.autoTopUp !== null) {
      const [card] = await tx
        .select({ id: paymentMethods.id })
        .from(paymentMethods)
        .where(
          and(eq(paymentMethods.accountId, context.accountId), eq(paymentMethods.isDefault, true)),
        )
        .limit(1);
      if (!card) {
        throw conflict('There is no card on file to top up from; take a card payment first.');
      }
    }
    const actor = await staffActor(tx, context.principal);
    const before = await writeAutoTopUp(tx, context.accountId, body.autoTopUp);
    if (before === undefined) throw notFound(`No account ${context.accountId}.`);
    const summary = describeAutoTopUp(body.autoTopUp);
    await addAccountNote(tx, context.accountId, actor.id, `Auto top-up ${summary}: ${note}`);
    await recordAudit(tx, {
      actor,
      action: 'auto_top_up.changed',
      entityType: 'account',
      entityId: context.accountId,
      before,
      after: body.autoTopUp,
      requestId: context.requestId,
    });
    return { autoTopUp: body.autoTopUp, message: `Auto top-up is ${summary}.` };
  });
}
