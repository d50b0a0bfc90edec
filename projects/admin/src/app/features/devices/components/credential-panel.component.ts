import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@beaus/shared';
import type { IssuedCredential } from '../data/devices.api';

/** A device's new credential, shown once; dismissing it forgets it in the browser too. */
@Component({
  selector: 'beaus-credential-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe],
  template: `
    <section class="panel" role="alert" aria-labelledby="credential-title">
      <h2 id="credential-title">
        {{ 'admin.devices.credentialTitle' | translate: { name: credential().device.name } }}
      </h2>
      <p>{{ 'admin.devices.credentialOnce' | translate }}</p>
      <label>
        <span>{{ 'admin.devices.secret' | translate }}</span>
        <input data-testid="device-secret" readonly [value]="credential().secret" />
      </label>
      <label>
        <span>{{ 'admin.devices.header' | translate }}</span>
        <input data-testid="device-authorization" readonly [value]="credential().authorization" />
      </label>
      <button mat-flat-button type="button" (click)="dismissed.emit()">
        {{ 'admin.devices.done' | translate }}
      </button>
    </section>
  `,
  styles: `
    .panel {
      display: grid;
      gap: 8px;
      max-width: 720px;
      padding: 16px;
      margin-bottom: 16px;
      border: 2px solid var(--mat-sys-primary);
      border-radius: 12px;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0;
    }
    label {
      display: grid;
      gap: 4px;
      font: var(--mat-sys-label-large);
    }
    input {
      font: var(--mat-sys-body-medium);
      font-family: monospace;
      padding: 6px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
  `,
})
export class CredentialPanelComponent {
  readonly credential = input.required<IssuedCredential>();
  readonly dismissed = output();
}
