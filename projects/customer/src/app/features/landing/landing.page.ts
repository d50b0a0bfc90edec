import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@beaus/shared';

/** The public landing page: what an account gives a driver, and the way in. */
@Component({
  selector: 'beaus-landing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatAnchor, RouterLink, TranslatePipe],
  template: `
    <div class="beaus-page landing">
      <h1 class="title">{{ 'customer.landing.title' | translate }}</h1>
      <p class="lead">{{ 'customer.landing.lead' | translate }}</p>
      <p>{{ 'customer.landing.after' | translate }}</p>
      <ul>
        <li>{{ 'customer.landing.balance' | translate }}</li>
        <li>{{ 'customer.landing.trips' | translate }}</li>
        <li>{{ 'customer.landing.tags' | translate }}</li>
      </ul>
      <a
        mat-flat-button
        class="sign-in"
        routerLink="/login"
        [queryParams]="{ returnUrl: '/account' }"
      >
        {{ 'customer.landing.signIn' | translate }}
      </a>
    </div>
  `,
  styles: `
    .landing {
      max-width: 720px;
    }
    .title {
      font: var(--mat-sys-display-small);
      margin: 24px 0 16px;
    }
    .lead {
      font: var(--mat-sys-title-large);
    }
    ul {
      margin: 0 0 24px;
    }
  `,
})
export default class LandingPage {}
