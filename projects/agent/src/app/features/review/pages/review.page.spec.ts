import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslationService } from '@beaus/shared';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore } from '@ngrx/store';
import { of, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import type { NextReview, ReviewItem } from '../data/review.api';
import { ReviewApi } from '../data/review.api';
import { reviewTexts } from '../review.texts';
import * as effects from '../state/review.effects';
import { reviewFeature } from '../state/review.feature';
import ReviewPage from './review.page';

function reviewItem(tripId: number): ReviewItem {
  return {
    tripId,
    eventId: `lane-${tripId}`,
    occurredAt: '2026-11-20T14:05:00Z',
    plazaCode: 'P01',
    plazaName: 'Cedar Park',
    timeZone: 'America/Chicago',
    lane: 'L2',
    direction: 'NB',
    vehicleClass: 2,
    tagNo: null,
    reading: { jurisdiction: 'TX', plate: 'ABC1234', confidence: 0.62 },
    imageKeys: [`evidence/${tripId}.svg`],
    claimedUntil: '2026-11-25T16:05:00Z',
  };
}

describe('ReviewPage', () => {
  let fixture: ComponentFixture<ReviewPage>;
  let element: HTMLElement;
  let api: { next: jest.Mock; image: jest.Mock; decide: jest.Mock };
  let queue: NextReview[];

  async function render(next: () => Observable<NextReview> = () => of(queue.shift()!)) {
    api = {
      next: jest.fn(next),
      image: jest.fn(() => of(new Blob(['<svg/>'], { type: 'image/svg+xml' }))),
      decide: jest.fn((tripId: number) =>
        of({
          tripId,
          decision: 'confirm',
          status: 'posted',
          jurisdiction: 'TX',
          plate: 'ABC1234',
          accountId: 7,
          amountCents: 150,
          decidedAt: '2026-11-25T16:00:00Z',
        }),
      ),
    };
    TestBed.configureTestingModule({
      providers: [
        provideStore(),
        provideState(reviewFeature),
        provideEffects(effects),
        { provide: ReviewApi, useValue: api },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(agentTexts);
    translations.register(reviewTexts);
    translations.use('en');
    fixture = TestBed.createComponent(ReviewPage);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  const press = async (key: string, target: EventTarget = document.body) => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await fixture.whenStable();
  };
  const plateInput = () => element.querySelector<HTMLInputElement>('input[name="plate"]')!;

  beforeAll(() => {
    // jsdom has no object URLs; the page only passes them to <img src>.
    URL.createObjectURL = jest.fn(() => 'blob:review-image');
    URL.revokeObjectURL = jest.fn();
  });
  beforeEach(() => {
    queue = [
      { item: reviewItem(1), waiting: 3 },
      { item: reviewItem(2), waiting: 2 },
      { item: null, waiting: 0 },
    ];
  });

  it('shows the image large with the OCR reading in its alt text, and the confidence', async () => {
    await render();
    const image = element.querySelector('img')!;
    expect(image.getAttribute('src')).toBe('blob:review-image');
    expect(image.alt).toContain('OCR read ABC1234 (TX) at 62% confidence');
    expect(element.querySelector('[data-testid="ocr-reading"]')?.textContent).toContain('ABC');
    expect(element.textContent).toContain('3 trips waiting');
    expect(api.image).toHaveBeenCalledWith(1, 0);
  });

  it('confirms with C and loads the next item, counting the decision', async () => {
    await render();
    await press('c');
    expect(api.decide).toHaveBeenCalledWith(1, { decision: 'confirm' });
    expect(api.next).toHaveBeenCalledTimes(2);
    expect(element.textContent).toContain('This session: 1 decided (1 confirmed');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Confirmed');
  });

  it('confirms with Enter and marks unreadable with U', async () => {
    await render();
    await press('Enter');
    await press('u');
    expect(api.decide.mock.calls).toEqual([
      [1, { decision: 'confirm' }],
      [2, { decision: 'unreadable' }],
    ]);
    expect(element.textContent).toContain('The queue is empty');
  });

  it('does not treat keys typed in the correction field as shortcuts; Enter there corrects', async () => {
    await render();
    await press('e');
    expect(document.activeElement).toBe(plateInput());
    await press('c', plateInput());
    await press('u', plateInput());
    expect(api.decide).not.toHaveBeenCalled();
    plateInput().value = 'xyz-987';
    plateInput().dispatchEvent(new Event('input'));
    plateInput().form!.dispatchEvent(new Event('submit', { cancelable: true }));
    await fixture.whenStable();
    expect(api.decide).toHaveBeenCalledWith(1, {
      decision: 'correct',
      plate: 'xyz-987',
      jurisdiction: 'TX',
    });
    expect(element.textContent).toContain('1 corrected');
    expect(plateInput().value).toBe('');
  });

  it('moves on when another agent decided the trip first (409)', async () => {
    await render();
    api.decide.mockReturnValueOnce(
      throwError(
        () => new HttpErrorResponse({ status: 409, error: { message: 'Already decided.' } }),
      ),
    );
    await press('c');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Already decided.');
    expect(api.next).toHaveBeenCalledTimes(2);
    expect(element.textContent).toContain('0 decided');
  });

  it('shows an error with a retry when the queue cannot be loaded', async () => {
    await render(() => throwError(() => new Error('offline')));
    expect(element.textContent).toContain('could not be loaded');
    await press('c');
    expect(api.decide).not.toHaveBeenCalled();
  });
});
