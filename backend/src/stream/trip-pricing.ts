/**
 * A trip's price from the plaza's published schedules (domain rateTrip), in the two shapes the
 * processor needs: the row's stored explanation and the domain's, for the ledger description.
 */
import type { RateExplanation as StoredExplanation } from '../adapters/database/schema/index.ts';
import { formatMinute, rateTrip, valueInForce } from '../domain/index.ts';
import type { Cents, ConfigVersion, RateExplanation, RateKind } from '../domain/index.ts';
import { configurationKeys } from '../seed/configuration-defaults.ts';
import type { BatchLookups, PlazaInfo } from './batch-lookups.ts';
import type { TripEvent } from './trip-event.ts';

export interface Price {
  readonly amountCents: Cents;
  readonly scheduleId: number;
  /** As stored with the trip (trips.rate_explanation). */
  readonly explanation: StoredExplanation;
  /** As the domain gives it (local time, zone): the ledger entry's description uses it. */
  readonly rated: RateExplanation;
}

export function priceColumns(price: Price) {
  return {
    amountCents: price.amountCents,
    rateScheduleId: price.scheduleId,
    rateExplanation: price.explanation,
  };
}

/**
 * The holidays (local `YYYY-MM-DD` dates) of the rule version in force at the trip's own time:
 * a list changed today does not re-rate, or mis-rate, a late trip from before the change.
 */
export function holidaysAt(configuration: readonly ConfigVersion[], at: Date): ReadonlySet<string> {
  const dates = valueInForce(configuration, configurationKeys.holidays, at);
  // Validated when scheduled (admin rules); anything else means no holidays, never a stuck batch.
  return new Set(Array.isArray(dates) ? dates.filter((d) => typeof d === 'string') : []);
}

/** The price, or the reason there is none (prefixed `no_schedule` or `no_rate`). */
export function priceOf(
  read: TripEvent,
  plaza: PlazaInfo,
  lookups: Pick<BatchLookups, 'schedules' | 'scheduleVersions'>,
  rateKind: RateKind,
  holidays: ReadonlySet<string>,
): Price | string {
  const trip = {
    plazaId: String(plaza.id),
    occurredAt: read.occurredAt,
    vehicleClass: read.vehicleClass,
  };
  let rated: ReturnType<typeof rateTrip>;
  try {
    rated = rateTrip(trip, lookups.schedules, plaza.timeZone, holidays, rateKind);
  } catch (error) {
    // An unknown time zone on the plaza is our set-up error: an exception, not a stuck batch.
    return `no_schedule: plaza ${plaza.code} cannot be rated (${String(error)})`;
  }
  if (rated.kind === 'unrated') return `${rated.reason}: ${rated.detail}`;
  const { explanation } = rated;
  return {
    amountCents: rated.amountCents,
    scheduleId: Number(explanation.scheduleVersionId),
    rated: explanation,
    explanation: {
      scheduleVersion: lookups.scheduleVersions.get(explanation.scheduleVersionId) ?? 0,
      dayType: explanation.dayType,
      band: `${formatMinute(explanation.band.startMinute)}-${formatMinute(explanation.band.endMinute)}`,
      vehicleClass: explanation.vehicleClass,
      rate: rateKind,
      rateCents: rated.amountCents,
    },
  };
}
