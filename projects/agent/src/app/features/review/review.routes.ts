import type { Routes } from '@angular/router';
import { provideTranslations } from '@beaus/shared';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { ReviewApi } from './data/review.api';
import { reviewTexts } from './review.texts';
import * as reviewEffects from './state/review.effects';
import { reviewFeature } from './state/review.feature';

export default [
  {
    path: '',
    title: 'Image review · Beaus Agent',
    providers: [
      ReviewApi,
      provideTranslations(reviewTexts),
      provideState(reviewFeature),
      provideEffects(reviewEffects),
    ],
    loadComponent: () => import('./pages/review.page'),
  },
] satisfies Routes;
