import type { CustomerLanguage } from '../adapters/database/schema/index.ts';

export type { CustomerLanguage };

/** A language we write to drivers in; anything else falls back to English. */
export function customerLanguageOf(value: string | null | undefined): CustomerLanguage {
  return value === 'es' ? 'es' : 'en';
}

/** Dollars from integer cents, without floats: 1250 → "$12.50", -5 → "-$0.05". */
export function formatDollars(amountCents: number): string {
  const sign = amountCents < 0 ? '-' : '';
  const abs = Math.abs(amountCents);
  const dollars = Math.trunc(abs / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

/** `YYYY-MM-DD HH:mm` in the given zone: a plaza's local time, as the toll was rated. */
export function localDateTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** A calendar date (`YYYY-MM-DD`) written out in the driver's language, e.g. "5 de octubre de 2026". */
export function longDate(date: string, language: CustomerLanguage): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
