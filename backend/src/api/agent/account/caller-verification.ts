import type { Cache } from '../../../adapters/cache/cache.ts';
import type { Database } from '../../../adapters/database/database.ts';
import { verifyPassword } from '../../../adapters/identity/password.ts';
import type { Principal } from '../../../adapters/identity/principal.ts';
import { auditActor, recordAudit } from '../../../platform/audit.ts';
import { BeausError, notFound } from '../../../platform/errors.ts';
import type { VerificationBody } from './account-actions.schemas.ts';

/** How long a verified caller stays verified for the agent who verified them. */
export const verificationMinutes = 15;
/** Wrong answers allowed per agent and account before a pause (the window below). */
export const maxVerificationAttempts = 5;
const attemptWindowSeconds = 15 * 60;

// Per agent and account: another agent picking up the account must verify the caller again.
const verifiedKey = (principal: Principal, accountId: number) =>
  `agent:verified:${principal.userId}:${accountId}`;
const attemptsKey = (principal: Principal, accountId: number) =>
  `agent:verify-attempts:${principal.userId}:${accountId}`;

/** When this agent's verification of the caller on this account ends; null when not verified. */
export async function verifiedUntil(
  cache: Cache,
  principal: Principal,
  accountId: number,
  now = new Date(),
): Promise<Date | null> {
  const stored = await cache.get(verifiedKey(principal, accountId));
  if (!stored) return null;
  const until = new Date(stored);
  return until.getTime() > now.getTime() ? until : null;
}

interface Secrets {
  pin_hash: string | null;
  security_answer_hash: string | null;
}

/**
 * Checks the PIN or security answer the caller gave. Right: the agent sees personal data for
 * `verificationMinutes`. Wrong: 422 and one attempt fewer; after `maxVerificationAttempts` the
 * agent must wait, so a caller cannot guess a four-digit PIN by trying them all. Both outcomes
 * are audited.
 */
export async function verifyCaller(
  deps: { database: Database; cache: Cache },
  principal: Principal,
  accountId: number,
  body: VerificationBody,
  requestId: string,
): Promise<Date> {
  const attempts = attemptsKey(principal, accountId);
  const used = Number((await deps.cache.get(attempts)) ?? 0);
  if (used >= maxVerificationAttempts) {
    throw new BeausError(
      429,
      'BEAUS_ERR_RATE_LIMITED',
      'Too many wrong answers for this account. Wait 15 minutes or pass the call to a supervisor.',
    );
  }
  const [secrets] = await deps.database.query<Secrets>(
    'select pin_hash, security_answer_hash from accounts where id = $1',
    [accountId],
  );
  if (!secrets) throw notFound(`No account ${accountId}.`);
  const stored = body.method === 'pin' ? secrets.pin_hash : secrets.security_answer_hash;
  const label = body.method === 'pin' ? 'PIN' : 'security answer';
  if (!stored) {
    throw new BeausError(422, 'BEAUS_ERR_VERIFICATION_FAILED', `This account has no ${label}.`);
  }
  // Answers are compared as people say them: case and surrounding spaces do not matter.
  const given = body.method === 'pin' ? body.value.trim() : body.value.trim().toLowerCase();
  const matches = await verifyPassword(given, stored);
  const audit = {
    actor: auditActor(principal),
    entityType: 'account',
    entityId: accountId,
    after: { method: body.method },
    requestId,
  };
  if (!matches) {
    const count = await deps.cache.incrBy(attempts, 1);
    if (count === 1) await deps.cache.expire(attempts, attemptWindowSeconds);
    await deps.database.transaction((tx) =>
      recordAudit(tx, { ...audit, action: 'caller.verification_failed' }),
    );
    const left = Math.max(0, maxVerificationAttempts - count);
    throw new BeausError(
      422,
      'BEAUS_ERR_VERIFICATION_FAILED',
      `The ${label} does not match. ${left} attempt${left === 1 ? '' : 's'} left.`,
    );
  }
  const until = new Date(Date.now() + verificationMinutes * 60_000);
  await deps.cache.del(attempts);
  await deps.cache.set(verifiedKey(principal, accountId), until.toISOString(), {
    ttlSeconds: verificationMinutes * 60,
  });
  await deps.database.transaction((tx) => recordAudit(tx, { ...audit, action: 'caller.verified' }));
  return until;
}
