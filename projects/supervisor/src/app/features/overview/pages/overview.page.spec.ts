import { TestBed } from '@angular/core/testing';
import { TranslationService } from '@beaus/shared';
import { of, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { supervisorTexts } from '../../../supervisor.texts';
import { OverviewApi } from '../data/overview.api';
import type { OperationsOverview } from '../data/overview.api';
import OverviewPage from './overview.page';

const today: OperationsOverview = {
  asOf: '2026-11-25T15:00:00Z',
  timeZone: 'America/New_York',
  day: '2026-11-25',
  tripsToday: 12840,
  revenueTodayCents: 3_456_789,
  readMix: { tag: 9630, plate: 2568, review: 642 },
  reviewBacklog: 57,
  oldestReviewAt: '2026-11-25T13:30:00Z',
  pendingApprovals: 3,
  openCases: 14,
  casesPastSla: 2,
  hourly: [],
};

describe('OverviewPage', () => {
  async function render(answer: () => Observable<OperationsOverview>) {
    const load = jest.fn(answer);
    TestBed.configureTestingModule({ providers: [{ provide: OverviewApi, useValue: { load } }] });
    const translations = TestBed.inject(TranslationService);
    translations.register(supervisorTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(OverviewPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const card = (label: string) =>
      [...element.querySelectorAll('beaus-metric-card')]
        .find((c) => c.textContent?.includes(label))
        ?.querySelector('.value')?.textContent;
    return { fixture, element, load, card };
  }

  it('shows today’s figures as cards', async () => {
    const { card } = await render(() => of(today));
    expect(card('Trips today')).toBe('12,840');
    expect(card('Toll revenue today')).toBe('$34,567.89');
    expect(card('Image review backlog')).toBe('57');
    expect(card('Pending approvals')).toBe('3');
    expect(card('Open cases')).toBe('14');
  });

  it('shows times in the operator’s time zone and flags cases past their deadline', async () => {
    const { element } = await render(() => of(today));
    expect(element.querySelector('.as-of')?.textContent).toContain('Nov 25, 2026, 10:00 AM EST');
    expect(element.textContent).toContain('Oldest waiting since Nov 25, 2026, 8:30 AM EST');
    expect(element.querySelector('.warning')?.textContent).toContain('2 past their deadline');
  });

  it('shows the read mix as shares of the day’s trips', async () => {
    const { element } = await render(() => of(today));
    const shares = [...element.querySelectorAll('.share')].map((s) =>
      s.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(shares).toEqual(['Tag 75% (9,630)', 'Plate 20% (2,568)', 'Image review 5% (642)']);
  });

  it('says when there are no trips yet instead of dividing by zero', async () => {
    const { element } = await render(() =>
      of({
        ...today,
        tripsToday: 0,
        revenueTodayCents: 0,
        readMix: { tag: 0, plate: 0, review: 0 },
      }),
    );
    expect(element.textContent).toContain('No trips yet today.');
  });

  it('shows an error with retry that loads again', async () => {
    let fail = true;
    const { fixture, element, load } = await render(() =>
      fail ? throwError(() => new Error('503')) : of(today),
    );
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    fail = false;
    element.querySelector<HTMLButtonElement>('beaus-error-state button')!.click();
    await fixture.whenStable();
    expect(load).toHaveBeenCalledTimes(2);
    expect(element.querySelector('beaus-metric-card')).not.toBeNull();
  });
});
