import { TestBed } from '@angular/core/testing';
import { TranslationService } from '../i18n/translation.service';
import { EmptyStateComponent } from './empty-state.component';
import { ErrorStateComponent } from './error-state.component';
import { LoadingStateComponent } from './loading-state.component';

describe('state components', () => {
  beforeEach(() => TestBed.inject(TranslationService).use('en'));

  it('loading announces itself as a status', async () => {
    const fixture = TestBed.createComponent(LoadingStateComponent);
    await fixture.whenStable();
    const status = fixture.nativeElement.querySelector('[role="status"]') as HTMLElement;
    expect(status.textContent).toContain('Loading…');
  });

  it('empty shows the given message', async () => {
    const fixture = TestBed.createComponent(EmptyStateComponent);
    fixture.componentRef.setInput('messageKey', 'table.noResults');
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('No results match.');
  });

  it('error is an alert with a retry button that emits', async () => {
    const fixture = TestBed.createComponent(ErrorStateComponent);
    const retried = jest.fn();
    fixture.componentInstance.retry.subscribe(retried);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('went wrong');
    element.querySelector<HTMLButtonElement>('button.retry')!.click();
    expect(retried).toHaveBeenCalledTimes(1);
  });
});
