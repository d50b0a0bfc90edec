import { TestBed } from '@angular/core/testing';
import { TranslationService } from '../i18n/translation.service';
import { StatusChipComponent } from './status-chip.component';

describe('StatusChipComponent', () => {
  async function render(status: string): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(StatusChipComponent);
    fixture.componentRef.setInput('status', status);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => TestBed.inject(TranslationService).use('en'));

  it('says the status in words, not only in colour', async () => {
    const chip = await render('low_balance');
    expect(chip.textContent?.trim()).toBe('Low balance');
    expect(chip.classList).toContain('tone-warning');
  });

  it('marks blocking statuses as danger and valid ones as success', async () => {
    expect((await render('stolen')).classList).toContain('tone-danger');
    expect((await render('valid')).classList).toContain('tone-success');
  });

  it('translates the label with the language', async () => {
    TestBed.inject(TranslationService).use('es');
    expect((await render('invalid')).textContent?.trim()).toBe('No válido');
  });
});
