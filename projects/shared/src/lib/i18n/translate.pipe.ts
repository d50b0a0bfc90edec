import { Pipe, inject } from '@angular/core';
import type { PipeTransform } from '@angular/core';
import { TranslationService } from './translation.service';

/**
 * `{{ 'auth.title' | translate: { app: 'Agent' } }}` — the text in the current language.
 * Impure on purpose: the language is a signal read inside `transform`, and the result must
 * change when it does even though the key did not.
 */
@Pipe({ name: 'translate', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(key: string, params?: Readonly<Record<string, string | number>>): string {
    return this.translations.translate(key, params);
  }
}
