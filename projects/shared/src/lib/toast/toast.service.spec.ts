import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { TranslationService } from '../i18n/translation.service';
import { ToastService } from './toast.service';

@Component({
  selector: 'beaus-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostComponent {}

describe('ToastService', () => {
  async function show(kind: 'info' | 'error', message: string): Promise<MatSnackBarHarness> {
    TestBed.inject(TranslationService).use('es');
    const fixture = TestBed.createComponent(HostComponent);
    TestBed.inject(ToastService)[kind](message);
    return TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatSnackBarHarness);
  }

  it('announces information politely with a translated dismiss action', async () => {
    const toast = await show('info', 'Pago recibido');
    expect(await toast.getMessage()).toBe('Pago recibido');
    expect(await toast.getActionDescription()).toBe('Cerrar');
    expect(await toast.getAriaLive()).toBe('polite');
  });

  it('announces errors assertively and keeps them until dismissed', async () => {
    const toast = await show('error', 'No se pudo guardar');
    expect(await toast.getAriaLive()).toBe('assertive');
    await toast.dismissWithAction();
    expect(await toast.isDismissed()).toBe(true);
  });
});
