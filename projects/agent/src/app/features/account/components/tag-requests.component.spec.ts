import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TranslationService } from '@beaus/shared';
import type { Observable } from 'rxjs';
import { of, throwError } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import { AccountServiceApi } from '../data/account-service.api';
import type { OpenTagRequest } from '../data/account-service.api';
import { serviceTexts } from '../service.texts';
import { TagRequestsComponent } from './tag-requests.component';

const request: OpenTagRequest = {
  id: '9',
  vehicleId: '42',
  plate: 'KQX4821',
  jurisdiction: 'TX',
  requestedAt: '2026-11-20T15:00:00Z',
};

describe('TagRequestsComponent', () => {
  let fixture: ComponentFixture<TagRequestsComponent>;
  let element: HTMLElement;
  let openTagRequests: jest.Mock;

  async function render(answer: () => Observable<OpenTagRequest[]>) {
    openTagRequests = jest.fn(answer);
    TestBed.configureTestingModule({
      providers: [{ provide: AccountServiceApi, useValue: { openTagRequests } }],
    });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts, serviceTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(TagRequestsComponent);
    fixture.componentRef.setInput('accountId', 5);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  it('shows what the driver asked for, by plate, and how to fulfil it', async () => {
    await render(() => of([request]));
    expect(openTagRequests).toHaveBeenCalledWith(5);
    const items = element.querySelectorAll('li');
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain('TX KQX4821: asked online on');
    expect(element.textContent).toContain('Assigning a tag to the vehicle fulfils the request.');
    expect(element.querySelector('section')?.getAttribute('aria-labelledby')).toBe(
      'tag-requests-title',
    );
  });

  it('says so when nothing is requested', async () => {
    await render(() => of([]));
    expect(element.querySelectorAll('li')).toHaveLength(0);
    expect(element.textContent).toContain('No open tag requests.');
  });

  it('loads again after a write', async () => {
    await render(() => of([request]));
    openTagRequests.mockReturnValue(of([]));
    fixture.componentRef.setInput('revision', 1);
    await fixture.whenStable();
    expect(openTagRequests).toHaveBeenCalledTimes(2);
    expect(element.textContent).toContain('No open tag requests.');
  });

  it('offers a retry when the list cannot be loaded', async () => {
    await render(() => throwError(() => new Error('offline')));
    expect(element.querySelector('beaus-error-state')).not.toBeNull();
  });
});
