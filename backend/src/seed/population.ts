import type { AccountType } from '../adapters/database/schema/index.ts';
import {
  cardBrands,
  cities,
  companySuffixes,
  emailDomains,
  firstNames,
  fleetModels,
  lastNames,
  streets,
  vehicleModels,
} from './demo-catalog.ts';
import { accountNoFor, jurisdictionFor, plateFor } from './identifiers.ts';
import type { SeededRandom } from './random.ts';
import type { Row, RowSink } from './row-sink.ts';

const dayMs = 86_400_000;
const chunkAccounts = 10_000;
export const accountTypeCodes: readonly AccountType[] = ['prepaid', 'toll_by_plate', 'fleet'];
/** Tag statuses fixed at generation; the others (valid, low, invalid) follow the balance. */
export const fixedTagStatuses = ['', 'lost', 'stolen', 'inactive'] as const;

/**
 * What later steps need to know about the generated customers, in typed arrays indexed by id so
 * a million accounts fit in a few tens of megabytes.
 */
export interface Population {
  accountCount: number;
  vehicleCount: number;
  tagCount: number;
  /** Index into accountTypeCodes. */
  accountType: Uint8Array;
  accountCreatedMs: Float64Array;
  autoTopUpCents: Int32Array;
  autoTopUpThresholdCents: Int32Array;
  paymentMethodId: Int32Array;
  vehicleAccount: Int32Array;
  vehicleClass: Uint8Array;
  /** Tag id of the vehicle's transponder, 0 when it has none. */
  vehicleTag: Int32Array;
  /** Index into fixedTagStatuses; 0 when the status follows the balance. */
  tagFixedStatus: Uint8Array;
  /** Primary contact names of the first accounts, for the demo customers' display names. */
  primaryNames: Map<number, string>;
}

export interface PopulationOptions {
  accounts: number;
  asOf: Date;
  pinHash: string;
  securityAnswerHash: string;
  onProgress: (message: string) => void;
}

/** Accounts with contacts, vehicles and cards. Accounts 1 and 2 are the demo customers' prepaid ones. */
export async function seedPopulation(
  sink: RowSink,
  random: SeededRandom,
  options: PopulationOptions,
): Promise<Population> {
  const n = options.accounts;
  // Fleets can have up to 12 vehicles; sized for the worst case, trimmed by vehicleCount.
  const maxVehicles = n * 12 + 1;
  const population: Population = {
    accountCount: n,
    vehicleCount: 0,
    tagCount: 0,
    accountType: new Uint8Array(n + 1),
    accountCreatedMs: new Float64Array(n + 1),
    autoTopUpCents: new Int32Array(n + 1),
    autoTopUpThresholdCents: new Int32Array(n + 1),
    paymentMethodId: new Int32Array(n + 1),
    vehicleAccount: new Int32Array(maxVehicles),
    vehicleClass: new Uint8Array(maxVehicles),
    vehicleTag: new Int32Array(maxVehicles),
    tagFixedStatus: new Uint8Array(maxVehicles),
    primaryNames: new Map(),
  };
  let contactId = 0;
  for (let first = 1; first <= n; first += chunkAccounts) {
    const last = Math.min(n, first + chunkAccounts - 1);
    const rows = {
      accounts: [] as Row[],
      contacts: [] as Row[],
      vehicles: [] as Row[],
      cards: [] as Row[],
    };
    for (let accountId = first; accountId <= last; accountId++) {
      const typeIndex =
        accountId <= 2
          ? 0
          : random.weighted([
              [0, 85],
              [1, 10],
              [2, 5],
            ] as const);
      const type = accountTypeCodes[typeIndex];
      const createdAt = new Date(options.asOf.getTime() - random.int(100, 5 * 365) * dayMs);
      population.accountType[accountId] = typeIndex;
      population.accountCreatedMs[accountId] = createdAt.getTime();
      const firstName = random.pick(firstNames);
      const lastName = random.pick(lastNames);
      if (accountId <= 10) population.primaryNames.set(accountId, `${firstName} ${lastName}`);
      const place = random.pick(cities);
      const hasCard =
        type === 'fleet' || (type === 'prepaid' && (accountId <= 2 || random.chance(0.85)));
      const autoTopUp = hasCard && (accountId <= 2 || random.chance(0.75));
      const topUpCents = type === 'fleet' ? 20_000 : 4_000;
      if (autoTopUp) {
        population.autoTopUpCents[accountId] = topUpCents;
        population.autoTopUpThresholdCents[accountId] = 1_000;
      }
      rows.accounts.push({
        id: accountId,
        account_no: accountNoFor(accountId),
        type,
        status: 'active',
        company_name: type === 'fleet' ? `${lastName} ${random.pick(companySuffixes)}` : null,
        auto_top_up_threshold_cents: autoTopUp ? 1_000 : null,
        auto_top_up_amount_cents: autoTopUp ? topUpCents : null,
        pin_hash: type === 'toll_by_plate' ? null : options.pinHash,
        security_question: type === 'toll_by_plate' ? null : 'What was the name of your first pet?',
        security_answer_hash: type === 'toll_by_plate' ? null : options.securityAnswerHash,
        created_at: createdAt,
      });
      const contactCount = random.chance(0.15) ? 2 : 1;
      for (let c = 0; c < contactCount; c++) {
        const given = c === 0 ? firstName : random.pick(firstNames);
        contactId++;
        rows.contacts.push({
          id: contactId,
          account_id: accountId,
          first_name: given,
          last_name: lastName,
          email: `${given}.${lastName}${accountId}@${random.pick(emailDomains)}`.toLowerCase(),
          phone: `+1${place.area}555${random.digits(4)}`,
          address_line1: `${random.int(100, 9899)} ${random.pick(streets)}`,
          address_line2: random.chance(0.1) ? `Apt ${random.int(1, 40)}` : null,
          city: place.city,
          region: place.region,
          postal_code: `${place.zip}${random.digits(2)}`,
          country: 'US',
          is_primary: c === 0,
          created_at: createdAt,
        });
      }
      addVehicles(population, rows.vehicles, random, accountId, type, createdAt);
      if (hasCard) {
        const cardId = accountId; // one card per carded account: the account id is free to reuse
        population.paymentMethodId[accountId] = cardId;
        rows.cards.push({
          id: cardId,
          account_id: accountId,
          gateway_token: `sandbox_pm_${accountId.toString(36)}_${random.digits(6)}`,
          brand: random.pick(cardBrands),
          last4: random.digits(4),
          exp_month: random.int(1, 12),
          exp_year: options.asOf.getUTCFullYear() + random.int(0, 4),
          is_default: true,
          created_at: createdAt,
        });
      }
    }
    await sink.write('accounts', rows.accounts);
    await sink.write('contacts', rows.contacts);
    await sink.write('vehicles', rows.vehicles);
    await sink.write('payment_methods', rows.cards);
    options.onProgress(`accounts ${last}/${n}, vehicles ${population.vehicleCount}`);
  }
  return population;
}

function addVehicles(
  population: Population,
  out: Row[],
  random: SeededRandom,
  accountId: number,
  type: AccountType,
  createdAt: Date,
): void {
  const count =
    type === 'fleet'
      ? random.int(4, 12)
      : type === 'prepaid'
        ? random.weighted([
            [1, 60],
            [2, 30],
            [3, 10],
          ] as const)
        : 1;
  for (let i = 0; i < count; i++) {
    const vehicleId = ++population.vehicleCount;
    const vehicleClass = type === 'fleet' ? random.int(2, 6) : random.chance(0.05) ? 3 : 2;
    const [make, model] =
      type === 'fleet' && vehicleClass > 2 ? random.pick(fleetModels) : random.pick(vehicleModels);
    population.vehicleAccount[vehicleId] = accountId;
    population.vehicleClass[vehicleId] = vehicleClass;
    if (type !== 'toll_by_plate') {
      const tagId = ++population.tagCount;
      population.vehicleTag[vehicleId] = tagId;
      population.tagFixedStatus[tagId] =
        accountId <= 2
          ? 0
          : random.weighted([
              [0, 970],
              [1, 10],
              [2, 5],
              [3, 15],
            ] as const);
    }
    out.push({
      id: vehicleId,
      account_id: accountId,
      plate: plateFor(vehicleId),
      jurisdiction: jurisdictionFor(vehicleId),
      vehicle_class: vehicleClass,
      make,
      model,
      start_date: createdAt.toISOString().slice(0, 10),
      end_date: null,
      created_at: createdAt,
    });
  }
}
