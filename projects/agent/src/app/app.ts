import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

/**
 * The root holds only the router outlet: the shell (Material toolbar, navigation, menus) and
 * every page are lazy routes, which keeps the initial JavaScript under the 300 kB budget.
 */
@Component({
  selector: 'beaus-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet],
  template: `<router-outlet />`,
})
export class App {}
