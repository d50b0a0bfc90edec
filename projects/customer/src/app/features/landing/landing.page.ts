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
      <section class="pay" aria-labelledby="pay-title">
        <h2 id="pay-title" class="pay-title">{{ 'customer.landing.payTitle' | translate }}</h2>
        <p>{{ 'customer.landing.payLead' | translate }}</p>
        <a mat-flat-button class="pay-link" routerLink="/pay">
          {{ 'customer.landing.pay' | translate }}
        </a>
      </section>
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
      <p class="sign-up-lead">{{ 'customer.landing.signUpLead' | translate }}</p>
      <a mat-stroked-button class="sign-up" routerLink="/sign-up">
        {{ 'customer.landing.signUp' | translate }}
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
    .pay {
      margin: 16px 0 8px;
      padding: 16px 20px;
      border-radius: 16px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .pay-title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    .pay-link,
    .sign-in,
    .sign-up {
      min-height: 48px;
    }
    .sign-up-lead {
      margin: 24px 0 8px;
    }
  `,
})
export default class LandingPage {}
