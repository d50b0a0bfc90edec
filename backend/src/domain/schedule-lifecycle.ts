/**
 * When a rate schedule version may change. A trip is rated by the published version in force at
 * its own time, so a version that has ever been in force is history: changing it would re-price
 * trips already billed. Drafts and versions published for a future date can still be edited.
 */
import type { RateScheduleVersion } from './rate-schedule.ts';

export type ScheduleLockReason = 'in_force_or_past';

/** Why the version can no longer be edited at `now`, or null when it can. */
export function scheduleEditLock(
  version: Pick<RateScheduleVersion, 'status' | 'effectiveFrom'>,
  now: Date,
): ScheduleLockReason | null {
  if (version.status === 'draft') return null;
  return version.effectiveFrom.getTime() <= now.getTime() ? 'in_force_or_past' : null;
}

/**
 * Why a version cannot be published to start at `effectiveFrom`, or null when it can. Starting in
 * the past would re-rate trips that were already charged at the old price.
 */
export function publishDateProblem(effectiveFrom: Date, now: Date): string | null {
  if (Number.isNaN(effectiveFrom.getTime())) return 'the effective date is not a valid time';
  if (effectiveFrom.getTime() <= now.getTime()) {
    return 'the effective date must be in the future: trips already made keep their price';
  }
  return null;
}
