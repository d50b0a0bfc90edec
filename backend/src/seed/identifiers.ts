import { hashString } from './random.ts';
import { jurisdictionWeights } from './demo-catalog.ts';

/**
 * Human identifiers derived from row ids by bijections, so they are unique without a lookup table
 * (which matters at a million accounts) and look scattered rather than sequential.
 */

/** `100000042`: the number an agent reads over the phone. */
export function accountNoFor(accountId: number): string {
  return String(100_000_000 + accountId);
}

const plateSpace = 26 * 26 * 26 * 10_000;

/** `KQX4821`: three letters and four digits; 7919 is coprime with the space, so no collisions. */
export function plateFor(vehicleId: number): string {
  let n = (vehicleId * 7919 + 1_234_567) % plateSpace;
  const digits = String(n % 10_000).padStart(4, '0');
  n = Math.floor(n / 10_000);
  let letters = '';
  for (let i = 0; i < 3; i++) {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26);
  }
  return letters + digits;
}

const jurisdictionTotal = jurisdictionWeights.reduce((sum, [, weight]) => sum + weight, 0);

/** The plate's state, fixed per vehicle id so the generator needs no table of plates. */
export function jurisdictionFor(vehicleId: number): string {
  let roll = hashString(`jurisdiction:${vehicleId}`) % jurisdictionTotal;
  for (const [code, weight] of jurisdictionWeights) {
    if (roll < weight) return code;
    roll -= weight;
  }
  return 'TX';
}

/** `4837201956`: ten digits, as printed on the transponder. */
export function tagNoFor(tagId: number): string {
  return String(1_000_000_000 + ((tagId * 7919) % 9_000_000_000));
}

/** `INV00001234`. */
export function invoiceNoFor(invoiceId: number): string {
  return `INV${String(invoiceId).padStart(8, '0')}`;
}

/** The roadside device's own id for a read, as it would send it (unique per device). */
export function eventIdFor(deviceName: string, tripId: number): string {
  return `${deviceName}-${tripId.toString(36).padStart(8, '0')}`;
}
