/**
 * Reads an amount typed in dollars ("12", "12.5", "1,234.56") as integer cents without ever
 * going through a float; null when it is not a positive amount with at most two decimals.
 * A comma is only a thousands separator: "12,5" is refused rather than read as 125 dollars.
 */
export function parseCents(text: string): number | null {
  const match = /^(\d{1,7}|\d{1,3}(?:,\d{3}){1,2})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const dollars = Number(match[1].replaceAll(',', ''));
  const cents = dollars * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return cents > 0 ? cents : null;
}
