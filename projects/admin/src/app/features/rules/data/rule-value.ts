import { centsText, parseCents } from '../../../common/cents-text';

/**
 * A rule's value as an admin types it and reads it: money in dollars, ratios and counts as
 * numbers, ladders and billing cycles as JSON. The BFF validates again per key.
 */
export function valueText(kind: string, value: unknown): string {
  if (kind === 'cents' && typeof value === 'number') return centsText(value);
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** The typed text as the value to send, or null when it cannot be one of this kind. */
export function parseValue(kind: string, text: string): { value: unknown } | null {
  const trimmed = text.trim();
  if (kind === 'cents') {
    const cents = parseCents(trimmed);
    return cents === null ? null : { value: cents };
  }
  if (kind === 'days' || kind === 'seconds') {
    return /^\d{1,5}$/.test(trimmed) ? { value: Number(trimmed) } : null;
  }
  if (kind === 'ratio') {
    return /^(0(\.\d+)?|1(\.0+)?)$/.test(trimmed) ? { value: Number(trimmed) } : null;
  }
  try {
    return { value: JSON.parse(trimmed) as unknown };
  } catch {
    return null;
  }
}
