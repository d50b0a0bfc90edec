import { TestBed } from '@angular/core/testing';
import { TranslationService } from '@beaus/shared';
import { adminTexts } from '../../../admin.texts';
import { ratesTexts } from '../rates.texts';
import type { RateEntry } from '../data/rates.api';
import { RateEntriesComponent, rowProblem } from './rate-entries.component';

const entries: RateEntry[] = [
  {
    vehicleClass: 2,
    dayType: 'weekday',
    startMinute: 0,
    endMinute: 1440,
    tagRateCents: 235,
    plateRateCents: 329,
  },
  {
    vehicleClass: 2,
    dayType: 'weekend',
    startMinute: 0,
    endMinute: 1440,
    tagRateCents: 200,
    plateRateCents: 280,
  },
];

describe('rowProblem', () => {
  it('wants two amounts above zero with the tag rate below the plate rate', () => {
    expect(rowProblem({ tag: '2.35', plate: '3.29' })).toBeNull();
    expect(rowProblem({ tag: '0', plate: '3.29' })).toBe('admin.rates.invalidAmount');
    expect(rowProblem({ tag: 'abc', plate: '3.29' })).toBe('admin.rates.invalidAmount');
    expect(rowProblem({ tag: '3.29', plate: '3.29' })).toBe('admin.rates.tagBelowPlate');
  });
});

describe('RateEntriesComponent', () => {
  function render(editable = true) {
    const translations = TestBed.inject(TranslationService);
    translations.register(adminTexts);
    translations.register(ratesTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(RateEntriesComponent);
    fixture.componentRef.setInput('entries', entries);
    fixture.componentRef.setInput('editable', editable);
    const saved = jest.fn();
    fixture.componentInstance.saved.subscribe(saved);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const type = (testId: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      fixture.detectChanges();
    };
    const submit = () => {
      element.querySelector('form')!.dispatchEvent(new Event('submit'));
      fixture.detectChanges();
    };
    return { element, type, submit, saved };
  }

  it('shows rates in dollars and saves the edits as cents', () => {
    const { element, type, submit, saved } = render();
    expect(element.querySelector<HTMLInputElement>('[data-testid="tag-0"]')!.value).toBe('2.35');
    type('tag-0', '2.50');
    submit();
    expect(saved).toHaveBeenCalledWith([{ ...entries[0], tagRateCents: 250 }, entries[1]]);
  });

  it('marks a tag rate at or above the plate rate inline and does not save', () => {
    const { element, type, submit, saved } = render();
    type('tag-1', '2.80');
    const input = element.querySelector('[data-testid="tag-1"]')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(
      element.querySelector(`#${input.getAttribute('aria-describedby')}`)!.textContent,
    ).toContain('The tag rate must be below the plate rate');
    submit();
    expect(saved).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Fix the marked rates first.');
  });

  it('is read-only for a version that has taken effect', () => {
    const { element } = render(false);
    expect(element.querySelector<HTMLInputElement>('[data-testid="tag-0"]')!.readOnly).toBe(true);
    expect(element.querySelector('button')).toBeNull();
  });
});
