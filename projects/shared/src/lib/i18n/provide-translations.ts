import { inject, provideEnvironmentInitializer } from '@angular/core';
import type { EnvironmentProviders } from '@angular/core';
import { TranslationService } from './translation.service';
import type { TranslationSet } from './translation.service';

/**
 * Registers an app's or a lazy feature's texts when its injector is created
 * (use in `ApplicationConfig.providers` or a route's `providers`).
 */
export function provideTranslations(set: TranslationSet): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(TranslationService).register(set));
}
