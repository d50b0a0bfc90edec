import {
  ChangeDetectionStrategy,
  Component,
  afterRenderEffect,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import type { ElementRef } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PlatePipe,
  TranslatePipe,
  TranslationService,
  ZonedDatePipe,
} from '@beaus/shared';
import { Store } from '@ngrx/store';
import type { ReviewDecision, ReviewDecisionKind } from '../data/review.api';
import { ReviewPageActions } from '../state/review.actions';
import { reviewFeature } from '../state/review.feature';

/** Elements where a key press is text, not a shortcut. */
const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * The image review desk: one plate image at a time, large, with the OCR reading beside it.
 * Everything works from the keyboard: C or Enter confirms, E jumps into the correction field
 * (Enter there posts the corrected plate), U rejects as unreadable; the next item loads by itself.
 * Shortcuts never fire while the agent types in a field.
 */
@Component({
  selector: 'beaus-review-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    LoadingStateComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    PlatePipe,
    TranslatePipe,
    ZonedDatePipe,
  ],
  templateUrl: './review.page.html',
  styleUrl: './review.page.scss',
  host: { '(document:keydown)': 'handleShortcut($event)' },
})
export default class ReviewPage {
  private readonly store = inject(Store);
  private readonly translations = inject(TranslationService);
  private readonly stage = viewChild<ElementRef<HTMLElement>>('stage');
  private readonly plateField = viewChild<ElementRef<HTMLInputElement>>('plateField');
  private readonly jurisdictionField = viewChild<ElementRef<HTMLInputElement>>('jurisdictionField');

  protected readonly status = this.store.selectSignal(reviewFeature.selectStatus);
  protected readonly item = this.store.selectSignal(reviewFeature.selectItem);
  protected readonly waiting = this.store.selectSignal(reviewFeature.selectWaiting);
  protected readonly imageUrl = this.store.selectSignal(reviewFeature.selectImageUrl);
  protected readonly imageStatus = this.store.selectSignal(reviewFeature.selectImageStatus);
  protected readonly session = this.store.selectSignal(reviewFeature.selectSession);
  protected readonly decided = this.store.selectSignal(reviewFeature.selectDecidedCount);
  protected readonly error = this.store.selectSignal(reviewFeature.selectError);

  /** What the live region says after a decision. */
  protected readonly announcement = signal('');
  protected readonly confidencePercent = computed(() => {
    const confidence = this.item()?.reading.confidence;
    return confidence === null || confidence === undefined ? null : Math.round(confidence * 100);
  });
  protected readonly imageAlt = computed(() => {
    const item = this.item();
    if (!item) return '';
    const unknown = this.translations.translate('agent.review.unknown');
    return this.translations.translate('agent.review.imageAlt', {
      plaza: item.plazaName,
      lane: item.lane,
      plate: item.reading.plate ?? unknown,
      jurisdiction: item.reading.jurisdiction ?? unknown,
      confidence: this.confidencePercent() ?? unknown,
    });
  });

  constructor() {
    this.store.dispatch(ReviewPageActions.opened());
    // Each new item starts a fresh correction form (the OCR jurisdiction prefilled) and takes
    // the focus back from it, so the next keys are shortcuts again.
    afterRenderEffect(() => {
      const item = this.item();
      if (!item) return;
      const plate = this.plateField()?.nativeElement;
      const jurisdiction = this.jurisdictionField()?.nativeElement;
      if (plate) plate.value = '';
      if (jurisdiction) jurisdiction.value = item.reading.jurisdiction ?? '';
      this.stage()?.nativeElement.focus();
    });
    // Object URLs hold the image in memory until revoked.
    effect((onCleanup) => {
      const url = this.imageUrl();
      if (url) onCleanup(() => URL.revokeObjectURL(url));
    });
  }

  protected handleShortcut(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target && (TYPING.has(target.tagName) || target.isContentEditable)) {
      if (event.key === 'Escape') this.stage()?.nativeElement.focus();
      return;
    }
    // Enter on a focused button presses that button; it is not also a confirm.
    if (event.key === 'Enter' && target?.closest('button, a')) return;
    const key = event.key.toLowerCase();
    if (key === 'c' || key === 'enter') this.decide('confirm');
    else if (key === 'u') this.decide('unreadable');
    else if (key === 'e') this.plateField()?.nativeElement.focus();
    else return;
    event.preventDefault();
  }

  protected submitCorrection(event: Event): void {
    event.preventDefault();
    const plate = this.plateField()?.nativeElement.value.trim() ?? '';
    const jurisdiction = this.jurisdictionField()?.nativeElement.value.trim() ?? '';
    if (plate === '' || jurisdiction === '') return;
    this.decide('correct', { plate, jurisdiction });
  }

  protected decide(
    kind: ReviewDecisionKind,
    correction?: { plate: string; jurisdiction: string },
  ): void {
    const item = this.item();
    if (!item || this.status() !== 'ready') return;
    const decision: ReviewDecision = { decision: kind, ...correction };
    this.announcement.set(this.translations.translate(`agent.review.decided.${kind}`));
    this.store.dispatch(ReviewPageActions.decisionMade({ tripId: item.tripId, decision }));
  }

  protected retry(): void {
    this.store.dispatch(ReviewPageActions.retryRequested());
  }
}
