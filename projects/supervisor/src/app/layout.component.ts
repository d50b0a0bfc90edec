import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { AppShellComponent } from '@beaus/shared';
import type { NavItem } from '@beaus/shared';

/** The supervisor frame: the shared shell around the routed pages. */
@Component({
  selector: 'beaus-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AppShellComponent, RouterOutlet],
  template: `<beaus-app-shell [navItems]="navItems"><router-outlet /></beaus-app-shell>`,
})
export default class LayoutComponent {
  protected readonly navItems: readonly NavItem[] = [
    { path: '/overview', labelKey: 'supervisor.nav.overview' },
    { path: '/dashboard', labelKey: 'supervisor.nav.dashboard' },
    { path: '/approvals', labelKey: 'supervisor.nav.approvals' },
    { path: '/reports', labelKey: 'supervisor.nav.reports' },
  ];
}
