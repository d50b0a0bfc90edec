import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ConfirmService, TranslationService } from '@beaus/shared';
import { of, throwError } from 'rxjs';
import { customerTexts } from '../../../customer.texts';
import { CustomerAccountApi } from '../data/customer-account.api';
import type { CustomerAccount } from '../data/customer-account.api';
import { ProfileApi } from '../data/profile.api';
import { SelfServiceApi } from '../data/self-service.api';
import { account, profile } from '../testing/customer-account.fixture';
import AccountDashboardPage from './account-dashboard.page';

/** The dashboard's vehicles and tags: add, end, ask for a tag, report one lost or stolen. */
describe('AccountDashboardPage vehicles and tags', () => {
  async function render(data: CustomerAccount, confirmed = true) {
    const load = jest.fn(() => of(data));
    const selfService = {
      addVehicle: jest.fn(() => of({})),
      endVehicle: jest.fn(() => of({})),
      requestTag: jest.fn(() => of({})),
      reportTag: jest.fn(() => of({})),
    };
    const confirm = jest.fn(() => Promise.resolve(confirmed));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: CustomerAccountApi, useValue: { load } },
        { provide: SelfServiceApi, useValue: selfService },
        { provide: ProfileApi, useValue: { load: () => of(profile) } },
        { provide: ConfirmService, useValue: { confirm } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(customerTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(AccountDashboardPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const click = async (selector: string) => {
      element.querySelector<HTMLButtonElement>(selector)!.click();
      await fixture.whenStable();
    };
    const outcome = () => element.querySelector('.vehicle-outcome')?.textContent?.trim();
    return { fixture, element, load, selfService, confirm, click, outcome };
  }

  const untagged: CustomerAccount = {
    ...account,
    vehicles: [
      ...account.vehicles,
      {
        id: '6',
        plate: 'RNT001',
        jurisdiction: 'TX',
        vehicleClass: 2,
        make: null,
        model: null,
        startDate: '2026-11-20',
        endDate: '2026-11-30',
      },
    ],
  };

  it("shows each vehicle's tag, a rental's return day and a way to ask for a tag", async () => {
    const { element } = await render(untagged);
    const rows = [...element.querySelectorAll('.vehicle')].map((row) =>
      [...row.querySelectorAll(':scope > div > span, :scope > div > button')]
        .map((part) => part.textContent?.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' | '),
    );
    expect(rows).toEqual([
      'NC ABC123 | Toyota Corolla | 2 axles | Tag BEA-0000123 | Remove',
      'TX RNT001 | 2 axles | Until 2026-11-30 | Request a tag | Remove',
    ]);
  });

  it('asks for a tag and shows the account again', async () => {
    const { selfService, load, click, outcome } = await render(untagged);
    await click('button.request-tag');
    expect(selfService.requestTag).toHaveBeenCalledWith('6');
    expect(load).toHaveBeenCalledTimes(2);
    expect(outcome()).toBe('Tag requested. We will mail it to you.');
  });

  it('says a tag is on its way instead of offering another', async () => {
    const { element } = await render({
      ...untagged,
      tagRequests: [
        { id: '1', vehicleId: '6', plate: 'RNT001', requestedAt: '2026-11-25T10:00:00Z' },
      ],
    });
    expect(element.querySelector('button.request-tag')).toBeNull();
    expect(element.textContent).toContain('Tag on its way');
  });

  it('adds a rental with its return day', async () => {
    const { fixture, element, selfService, click, outcome } = await render(account);
    await click('button.add');
    const type = (name: string, value: string) => {
      const field = element.querySelector<HTMLInputElement>(
        `.add-form [formControlName="${name}"]`,
      )!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    type('plate', 'rnt 002');
    type('jurisdiction', 'tx');
    type('endDate', '2026-12-01');
    element.querySelector('form.add-form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(selfService.addVehicle).toHaveBeenCalledWith({
      plate: 'rnt 002',
      jurisdiction: 'TX',
      vehicleClass: 2,
      endDate: '2026-12-01',
    });
    expect(outcome()).toBe('Vehicle added.');
    expect(element.querySelector('form.add-form')).toBeNull();
  });

  it('ends a vehicle only once the driver confirms', async () => {
    const declined = await render(account, false);
    await declined.click('button.end');
    expect(declined.confirm).toHaveBeenCalled();
    expect(declined.selfService.endVehicle).not.toHaveBeenCalled();
    TestBed.resetTestingModule();
    const accepted = await render(account, true);
    await accepted.click('button.end');
    expect(accepted.selfService.endVehicle).toHaveBeenCalledWith('5');
    expect(accepted.outcome()).toBe('Vehicle removed.');
  });

  it('reports a tag stolen after confirming', async () => {
    const { selfService, confirm, click, outcome } = await render(account);
    await click('button.report-stolen');
    expect(confirm).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Report tag BEA-0000123 stolen?', destructive: true }),
    );
    expect(selfService.reportTag).toHaveBeenCalledWith('7', 'stolen');
    expect(outcome()).toBe('Tag reported. It no longer pays tolls.');
  });

  it('explains a refused change', async () => {
    const { selfService, click, outcome } = await render(untagged);
    selfService.requestTag.mockReturnValue(throwError(() => ({ status: 409 })));
    await click('button.request-tag');
    expect(outcome()).toContain('That change was refused');
  });
});
