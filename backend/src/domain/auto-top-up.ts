/**
 * Auto top-up (BRIEF §2 Posting): when the balance falls below the customer's threshold, the card
 * on file is charged the chosen amount. The same bounds hold whoever sets it, customer or agent.
 */
export const autoTopUpBounds = {
  minThresholdCents: 0,
  maxThresholdCents: 100_000,
  minAmountCents: 500,
  maxAmountCents: 50_000,
} as const;

/** On (threshold and amount) or off (null). */
export type AutoTopUpSetting = { thresholdCents: number; amountCents: number } | null;

/** Why a setting cannot be saved, naming the field; empty when it can. */
export function autoTopUpProblems(
  setting: AutoTopUpSetting,
): { field: 'thresholdCents' | 'amountCents'; message: string }[] {
  if (setting === null) return [];
  const problems: { field: 'thresholdCents' | 'amountCents'; message: string }[] = [];
  const b = autoTopUpBounds;
  const within = (value: number, min: number, max: number) =>
    Number.isSafeInteger(value) && value >= min && value <= max;
  if (!within(setting.thresholdCents, b.minThresholdCents, b.maxThresholdCents)) {
    problems.push({
      field: 'thresholdCents',
      message: `must be whole cents from ${b.minThresholdCents} to ${b.maxThresholdCents}`,
    });
  }
  if (!within(setting.amountCents, b.minAmountCents, b.maxAmountCents)) {
    problems.push({
      field: 'amountCents',
      message: `must be whole cents from ${b.minAmountCents} to ${b.maxAmountCents}`,
    });
  }
  return problems;
}
