/**
 * The business rules the processor reads from `configuration`, each taken in force at the trip's
 * own time. A rule missing from the table falls back to the installation default
 * (seed/configuration-defaults.ts), so a fresh database still posts by the documented defaults.
 */
import type { Cents, ConfigVersion } from '../domain/index.ts';
import { cents, valueInForce } from '../domain/index.ts';
import { configurationKeys, defaultConfiguration } from '../seed/configuration-defaults.ts';

export interface TripRules {
  readonly duplicateWindowSeconds: number;
  readonly ocrConfidenceThreshold: number;
  readonly tooOldDays: number;
  readonly lowBalanceThresholdCents: Cents;
}

export function rulesAt(configuration: readonly ConfigVersion[], at: Date): TripRules {
  return {
    duplicateWindowSeconds: numberAt(configuration, configurationKeys.duplicateWindowSeconds, at),
    ocrConfidenceThreshold: numberAt(configuration, configurationKeys.ocrConfidenceThreshold, at),
    tooOldDays: numberAt(configuration, configurationKeys.tripMaxAgeDays, at),
    lowBalanceThresholdCents: cents(numberAt(configuration, configurationKeys.lowBalanceCents, at)),
  };
}

function numberAt(configuration: readonly ConfigVersion[], key: string, at: Date): number {
  const value = valueInForce(configuration, key, at) ?? defaultConfiguration[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`configuration '${key}' in force at ${at.toISOString()} is not a number`);
  }
  return value;
}
