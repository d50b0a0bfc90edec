import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { AppShellComponent } from '@beaus/shared';
import type { NavItem } from '@beaus/shared';

/** The admin frame: the shared shell around the routed pages. */
@Component({
  selector: 'beaus-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AppShellComponent, RouterOutlet],
  template: `<beaus-app-shell [navItems]="navItems"><router-outlet /></beaus-app-shell>`,
})
export default class LayoutComponent {
  protected readonly navItems: readonly NavItem[] = [
    { path: '/plazas', labelKey: 'admin.nav.plazas' },
    { path: '/rates', labelKey: 'admin.nav.rates' },
    { path: '/devices', labelKey: 'admin.nav.devices' },
    { path: '/rules', labelKey: 'admin.nav.rules' },
    { path: '/audit', labelKey: 'admin.nav.audit' },
    { path: '/users', labelKey: 'admin.nav.users' },
  ];
}
