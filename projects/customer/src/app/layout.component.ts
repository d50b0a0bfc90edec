import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { AppShellComponent } from '@beaus/shared';
import type { NavItem } from '@beaus/shared';

/** The customer frame: the shared shell around the routed pages. */
@Component({
  selector: 'beaus-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AppShellComponent, RouterOutlet],
  template: `<beaus-app-shell [navItems]="navItems"><router-outlet /></beaus-app-shell>`,
})
export default class LayoutComponent {
  protected readonly navItems: readonly NavItem[] = [
    { path: '/pay', labelKey: 'customer.nav.pay' },
    { path: '/account', labelKey: 'customer.nav.account' },
    { path: '/statements', labelKey: 'customer.nav.statements' },
  ];
}
