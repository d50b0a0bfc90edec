import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router } from '@angular/router';
import { BEAUS_APP } from '../app/beaus-app';
import { TranslatePipe } from '../i18n/translate.pipe';
import { AuthService, signInFailure } from './auth.service';
import type { SignInFailure } from './auth.service';

/**
 * The sign-in page every app routes to at `/login`. Query parameters (bound as inputs with
 * `withComponentInputBinding()`): `returnUrl` to come back to, `denied` when the signed-in user
 * lacks the app's role, `expired` when the session ended.
 */
@Component({
  selector: 'beaus-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    MatButton,
    TranslatePipe,
  ],
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.scss',
})
export class LoginPageComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly app = inject(BEAUS_APP);

  /** Where to go after signing in (an in-app URL). */
  readonly returnUrl = input<string>();
  /** Set when the signed-in user may not use this app. */
  readonly denied = input<string>();
  /** Set when the previous session ended. */
  readonly expired = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly failure = signal<SignInFailure | null>(null);

  protected async signIn(): Promise<void> {
    if (this.form.invalid || this.submitting()) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.failure.set(null);
    const { username, password } = this.form.getRawValue();
    try {
      await this.auth.signIn(username.trim(), password);
      await this.router.navigateByUrl(this.safeReturnUrl());
    } catch (error) {
      this.failure.set(signInFailure(error));
      this.form.controls.password.reset();
    } finally {
      this.submitting.set(false);
    }
  }

  /** Only in-app paths, so a crafted link cannot send the user to another site. */
  private safeReturnUrl(): string {
    const url = this.returnUrl();
    return url?.startsWith('/') && !url.startsWith('//') && !url.startsWith('/login') ? url : '/';
  }
}
