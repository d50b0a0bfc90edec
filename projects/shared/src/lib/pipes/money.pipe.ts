import { Pipe, inject } from '@angular/core';
import type { PipeTransform } from '@angular/core';
import { TranslationService } from '../i18n/translation.service';
import { formatCents } from './money';

/**
 * `{{ account.balanceCents | money }}` → "$12.50" in the current language's locale.
 * Null or undefined render as an empty string. Impure because the locale is a signal.
 */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(cents: number | bigint | null | undefined, currency = 'USD'): string {
    if (cents === null || cents === undefined) return '';
    return formatCents(cents, currency, this.translations.locale());
  }
}
