import type { Routes } from '@angular/router';
import { provideTranslations } from '@beaus/shared';
import { DevicesApi } from './data/devices.api';
import { devicesTexts } from './devices.texts';

export default [
  {
    path: '',
    providers: [DevicesApi, provideTranslations(devicesTexts)],
    loadComponent: () => import('./pages/devices.page'),
  },
] satisfies Routes;
