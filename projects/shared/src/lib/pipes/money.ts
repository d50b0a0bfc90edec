/**
 * Formats an amount of integer minor units (cents) as currency, e.g. 123456 → "$1,234.56".
 *
 * No floating point touches the amount: the cents are split into whole and fractional parts
 * with BigInt and handed to Intl as an exact decimal string, so 2^53 − 1 cents prints exactly.
 *
 * @throws RangeError when `cents` is not a safe integer (a float here is a bug upstream).
 */
export function formatCents(cents: number | bigint, currency = 'USD', locale = 'en-US'): string {
  if (typeof cents === 'number' && !Number.isSafeInteger(cents)) {
    throw new RangeError(`Money must be integer cents, got ${cents}`);
  }
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const amount = BigInt(cents);
  const negative = amount < 0n;
  const magnitude = negative ? -amount : amount;
  const scale = 10n ** BigInt(digits);
  const whole = magnitude / scale;
  const fraction = (magnitude % scale).toString().padStart(digits, '0');
  const decimal = `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
  // Intl.NumberFormat formats decimal strings exactly (ECMA-402 NumberFormat v3); the lib
  // typings of our ES2022 target do not declare the string overload yet.
  return format.format(decimal as unknown as number);
}
