import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../../adapters/database/database.ts';
import { isUniqueViolation } from '../../adapters/database/unique-violation.ts';
import {
  accounts,
  contacts,
  paymentMethods,
  users,
  vehicles,
} from '../../adapters/database/schema/index.ts';
import { hashPassword } from '../../adapters/identity/password.ts';
import type { PaymentGateway } from '../../adapters/payments/payment-gateway.ts';
import { payByCard } from '../../billing/card-payments.ts';
import { formatDollars } from '../../billing/customer-language.ts';
import { e164, normalisePlate, passwordProblem, type PlateKey } from '../../domain/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { BeausError, conflict } from '../../platform/errors.ts';
import { configurationKeys } from '../../seed/configuration-defaults.ts';
import { accountNoFor } from '../../seed/identifiers.ts';
import { configurationNumberAt } from '../agent/account/configuration-value.ts';
import type { SignUpBody, SignUpResult } from './sign-up.schemas.ts';

const badRequest = (message: string) => new BeausError(400, 'BEAUS_ERR_VALIDATION', message);

export const emailTaken = () =>
  conflict('An account with this e-mail address already exists. Sign in instead.');

interface Plate {
  jurisdiction: string;
  number: string;
  key: PlateKey;
}

/**
 * Opens a prepaid account for a new driver: the sign-in (customer role), the account with its
 * primary contact, vehicles and card token, then the opening top-up. Everything but the charge
 * commits in one transaction; the charge follows with a key tied to the new account, so only
 * the request that created the account can charge it, once. A repeat of the same sign-up finds
 * the e-mail taken (409) and charges nothing.
 */
export async function signUp(
  deps: { database: Database; gateway: PaymentGateway },
  body: SignUpBody,
  requestId: string,
  now = new Date(),
): Promise<SignUpResult> {
  const email = body.contact.email.trim().toLowerCase();
  const problem = passwordProblem(body.password, email);
  if (problem) throw badRequest(`body/password ${problem}`);
  const plates = platesOf(body.vehicles);
  await checkBounds(deps.database, body, now);
  const passwordHash = await hashPassword(body.password);

  const created = await deps.database
    .transaction(async (tx) => {
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(or(sql`lower(${users.username}) = ${email}`, sql`lower(${users.email}) = ${email}`));
      if (taken) throw emailTaken();
      const held = await tx
        .select({ plate: vehicles.plate, jurisdiction: vehicles.jurisdiction })
        .from(vehicles)
        .where(
          and(
            isNull(vehicles.endDate),
            inArray(
              sql`${vehicles.jurisdiction} || ':' || ${vehicles.plate}`,
              plates.map((plate) => plate.key),
            ),
          ),
        );
      if (held[0]) {
        throw conflict(
          `${held[0].jurisdiction} ${held[0].plate} is already on an account. Call us if it is your vehicle.`,
        );
      }
      const [account] = await tx
        .insert(accounts)
        .values({
          accountNo: `new-${randomUUID()}`,
          type: 'prepaid',
          autoTopUpThresholdCents: body.autoTopUp.thresholdCents,
          autoTopUpAmountCents: body.autoTopUp.amountCents,
        })
        .returning({ id: accounts.id });
      const accountNo = accountNoFor(account.id);
      await tx.update(accounts).set({ accountNo }).where(eq(accounts.id, account.id));
      await tx.insert(contacts).values({
        accountId: account.id,
        firstName: body.contact.firstName.trim(),
        lastName: body.contact.lastName.trim(),
        email,
        phone: e164(body.contact.phone),
        isPrimary: true,
      });
      const today = now.toISOString().slice(0, 10);
      await tx.insert(vehicles).values(
        plates.map((plate, index) => ({
          accountId: account.id,
          plate: plate.number,
          jurisdiction: plate.jurisdiction,
          vehicleClass: body.vehicles[index].vehicleClass,
          make: body.vehicles[index].make?.trim() || null,
          model: body.vehicles[index].model?.trim() || null,
          startDate: today,
        })),
      );
      const { token, brand, last4, expMonth, expYear } = body.card;
      await tx.insert(paymentMethods).values({
        accountId: account.id,
        gatewayToken: token,
        ...{ brand, last4, expMonth, expYear },
        isDefault: true,
      });
      const [user] = await tx
        .insert(users)
        .values({
          username: email,
          displayName: `${body.contact.firstName.trim()} ${body.contact.lastName.trim()}`,
          email,
          passwordHash,
          roles: ['customer'],
          accountId: account.id,
        })
        .returning({ id: users.id });
      await recordAudit(tx, {
        actor: { id: user.id, username: email },
        action: 'account.signed_up',
        entityType: 'account',
        entityId: account.id,
        after: {
          accountNo,
          vehicles: plates.map((plate) => plate.key),
          card: { brand, last4 },
          autoTopUp: body.autoTopUp,
        },
        requestId,
      });
      return { accountId: account.id, accountNo };
    })
    .catch((error: unknown) => {
      // Two sign-ups racing for one e-mail or plate: the database's unique index decides.
      if (isUniqueViolation(error)) throw conflictFor(error);
      throw error;
    });

  const payment = await payByCard(deps, {
    idempotencyKey: `sign-up:${created.accountId}`,
    cardToken: body.card.token,
    amountCents: body.initialTopUpCents,
    target: { kind: 'account', accountId: created.accountId, description: 'Opening top-up' },
  });
  return {
    accountNo: created.accountNo,
    username: email,
    initialTopUp: {
      status: payment.status,
      amountCents: payment.amountCents,
      declineReason: payment.status === 'failed' ? payment.reason : null,
    },
  };
}

function platesOf(list: SignUpBody['vehicles']): Plate[] {
  const plates = list.map((vehicle, index) => {
    const result = normalisePlate(vehicle.jurisdiction, vehicle.plate);
    if (!result.ok) throw badRequest(`body/vehicles/${index}/plate ${result.problem}`);
    return result.plate;
  });
  if (new Set(plates.map((plate) => plate.key)).size !== plates.length) {
    throw badRequest('body/vehicles lists the same plate twice');
  }
  return plates;
}

/**
 * The opening balance must cover at least one configured auto top-up, as operators ask of a new
 * prepaid account; the auto top-up itself has the same bounds as the settings form (schema).
 */
async function checkBounds(database: Database, body: SignUpBody, now: Date): Promise<void> {
  const minimum = await configurationNumberAt(database, configurationKeys.autoTopUpCents, now);
  if (body.initialTopUpCents < minimum) {
    throw badRequest(`body/initialTopUpCents must be at least ${formatDollars(minimum)}`);
  }
}

function conflictFor(error: unknown): BeausError {
  const text = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : '';
  if (/vehicles_active_plate_unique/.test(text)) {
    return conflict('One of these plates is already on an account. Call us if it is yours.');
  }
  if (/gateway_token/.test(text)) return conflict('This card was already used; enter it again.');
  return emailTaken();
}
