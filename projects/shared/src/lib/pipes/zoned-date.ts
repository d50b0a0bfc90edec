/** How much of an instant to show. */
export type DateStyle = 'date' | 'time' | 'datetime';

/**
 * Formats an instant in a given IANA time zone, e.g. a trip in the plaza's local time
 * ("Mar 3, 2026, 7:42 AM EST"), independent of the browser's own zone.
 */
export function formatInZone(
  value: string | number | Date,
  timeZone: string,
  locale = 'en-US',
  style: DateStyle = 'datetime',
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = { timeZone };
  // Explicit fields rather than dateStyle: Intl refuses dateStyle mixed with hour/minute.
  if (style !== 'time') Object.assign(options, { year: 'numeric', month: 'short', day: 'numeric' });
  if (style !== 'date') {
    options.hour = 'numeric';
    options.minute = '2-digit';
    options.timeZoneName = 'short';
  }
  return new Intl.DateTimeFormat(locale, options).format(date);
}
