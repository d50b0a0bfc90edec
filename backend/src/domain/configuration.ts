/**
 * Effective-dated business configuration (fees, thresholds, windows, the escalation ladder).
 * Admins never edit a value in place: they add a version that takes effect at an instant, so a
 * late trip or an old invoice is always judged by the rules of its own time.
 */

export interface ConfigVersion<T = unknown> {
  readonly key: string;
  readonly value: T;
  readonly effectiveFrom: Date;
  /** Increases with every version saved; breaks a tie between versions starting at one instant. */
  readonly revision: number;
}

/** Keys of the rules the domain reads; fee lines and audit entries name them. */
export const RULE_KEYS = {
  tollByPlateAdminFee: 'billing.toll_by_plate.admin_fee_cents',
  invoiceDueDays: 'billing.invoice.due_days',
  escalationLadder: 'billing.escalation.ladder',
  lowBalanceThreshold: 'prepaid.low_balance_threshold_cents',
  autoTopUpAmount: 'prepaid.auto_top_up_cents',
  ocrConfidenceThreshold: 'matching.ocr_confidence_threshold',
  duplicateWindowSeconds: 'matching.duplicate_window_seconds',
  agentAdjustmentLimit: 'adjustments.agent_limit_cents',
  tooOldDays: 'ingest.too_old_days',
} as const;
export type RuleKey = (typeof RULE_KEYS)[keyof typeof RULE_KEYS];

/** The version of `key` in force at `at`: the latest `effectiveFrom` not after `at`. */
export function versionInForce<T>(
  versions: readonly ConfigVersion<T>[],
  key: string,
  at: Date,
): ConfigVersion<T> | undefined {
  let best: ConfigVersion<T> | undefined;
  for (const version of versions) {
    if (version.key !== key || version.effectiveFrom.getTime() > at.getTime()) continue;
    if (best === undefined) {
      best = version;
      continue;
    }
    const diff = version.effectiveFrom.getTime() - best.effectiveFrom.getTime();
    if (diff > 0 || (diff === 0 && version.revision > best.revision)) best = version;
  }
  return best;
}

export function valueInForce<T>(
  versions: readonly ConfigVersion<T>[],
  key: string,
  at: Date,
): T | undefined {
  return versionInForce(versions, key, at)?.value;
}

/** Like valueInForce, for rules that must exist: a missing rule is a set-up error, not a default. */
export function requireValueInForce<T>(
  versions: readonly ConfigVersion<T>[],
  key: string,
  at: Date,
): T {
  const version = versionInForce(versions, key, at);
  if (version === undefined) {
    throw new Error(`no configuration for '${key}' in force at ${at.toISOString()}`);
  }
  return version.value;
}
