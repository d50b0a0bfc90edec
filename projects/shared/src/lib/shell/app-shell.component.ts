import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatListItem, MatNavList } from '@angular/material/list';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { map } from 'rxjs';
import { BEAUS_APP } from '../app/beaus-app';
import { AuthService } from '../auth/auth.service';
import { LANGUAGES, TranslationService } from '../i18n/translation.service';
import type { Language } from '../i18n/translation.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ThemeService } from '../theme/theme.service';
import type { NavItem } from './nav-item';

/**
 * The frame of every app: a skip link, a toolbar (app name, environment badge, user menu with
 * language, theme and sign-out — or language and sign-in for guests), side navigation built from
 * `navItems`, and the page projected into the `main` landmark.
 *
 * ```html
 * <beaus-app-shell [navItems]="nav"><router-outlet /></beaus-app-shell>
 * ```
 */
@Component({
  selector: 'beaus-app-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatToolbar,
    MatButton,
    MatIconButton,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    MatNavList,
    MatListItem,
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
  ],
  templateUrl: './app-shell.component.html',
  styleUrl: './app-shell.component.scss',
})
export class AppShellComponent {
  protected readonly app = inject(BEAUS_APP);
  protected readonly auth = inject(AuthService);
  protected readonly translations = inject(TranslationService);
  protected readonly theme = inject(ThemeService);
  protected readonly languages = LANGUAGES;

  /** The side navigation entries; the navigation is hidden for guests and when empty. */
  readonly navItems = input<readonly NavItem[]>([]);

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 840px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly showNav = computed(() => this.auth.isSignedIn() && this.navItems().length > 0);

  constructor() {
    // The configuration carries the environment name for the badge; failure just hides it.
    this.auth.loadConfig().catch(() => undefined);
  }

  protected useLanguage(language: Language): void {
    this.translations.use(language);
  }

  protected nextLanguage(): Language {
    return this.translations.language() === 'en' ? 'es' : 'en';
  }

  /** The skip link moves focus without changing the route (hrefs resolve against base href). */
  protected skipToMain(event: Event, main: HTMLElement): void {
    event.preventDefault();
    main.focus();
  }

  protected closeOnNarrow(sidenav: MatSidenav): void {
    if (this.narrow()) void sidenav.close();
  }
}
