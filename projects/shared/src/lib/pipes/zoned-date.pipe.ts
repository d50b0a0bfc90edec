import { Pipe, inject } from '@angular/core';
import type { PipeTransform } from '@angular/core';
import { TranslationService } from '../i18n/translation.service';
import { formatInZone } from './zoned-date';
import type { DateStyle } from './zoned-date';

/**
 * `{{ trip.occurredAt | zonedDate: plaza.timeZone }}` — an instant in the given time zone
 * (defaults to the browser's), in the current language. Impure because the locale is a signal.
 */
@Pipe({ name: 'zonedDate', pure: false })
export class ZonedDatePipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(
    value: string | number | Date | null | undefined,
    timeZone?: string | null,
    style: DateStyle = 'datetime',
  ): string {
    if (value === null || value === undefined || value === '') return '';
    const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    return formatInZone(value, zone, this.translations.locale(), style);
  }
}
