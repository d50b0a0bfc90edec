import { TestBed } from '@angular/core/testing';
import { ConfirmService, TranslationService } from '@beaus/shared';
import { of } from 'rxjs';
import { adminTexts } from '../../../admin.texts';
import { DevicesApi } from '../data/devices.api';
import type { DeviceActivity, IssuedCredential } from '../data/devices.api';
import { devicesTexts } from '../devices.texts';
import DevicesPage from './devices.page';

const device: DeviceActivity = {
  id: '7',
  name: 'prm-1',
  laneId: '3',
  laneCode: '1',
  plazaId: '1',
  plazaCode: 'AUS-PRM',
  status: 'active',
  lastSeenAt: null,
  credentialRotatedAt: '2026-11-25T10:00:00Z',
  createdAt: '2026-11-25T10:00:00Z',
  tripsLast7Days: 99,
  rejectedLast7Days: 1,
  rejectRate: 0.01,
};
const issued: IssuedCredential = {
  device,
  secret: 's3cret',
  authorization: 'Basic cHJtLTE6czNjcmV0',
};

describe('DevicesPage', () => {
  async function render(confirmed: boolean) {
    const api = {
      list: jest.fn(() => of({ items: [device], total: 1 })),
      plazas: jest.fn(() => of([{ id: '1', code: 'AUS-PRM', name: 'Parmer' }])),
      lanes: jest.fn(() => of([{ id: '3', code: '1', type: 'open_road' }])),
      register: jest.fn(() => of(issued)),
      rotate: jest.fn(() => of({ ...issued, secret: 'n3w' })),
      setStatus: jest.fn(() => of({ ...device, status: 'disabled' })),
    };
    TestBed.configureTestingModule({
      providers: [
        { provide: DevicesApi, useValue: api },
        { provide: ConfirmService, useValue: { confirm: jest.fn(async () => confirmed) } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(adminTexts);
    translations.register(devicesTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(DevicesPage);
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const button = (text: string) =>
      [...element.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { api, element, button, settle };
  }

  it('rotates a credential after confirmation and shows the new secret once', async () => {
    const { api, element, button, settle } = await render(true);
    button('Rotate credential').click();
    await settle();
    expect(api.rotate).toHaveBeenCalledWith(7);
    const secret = element.querySelector<HTMLInputElement>('[data-testid="device-secret"]')!;
    expect(secret.value).toBe('n3w');
    button('I have stored it').click();
    await settle();
    expect(element.querySelector('[data-testid="device-secret"]')).toBeNull();
  });

  it('shows the trips of the last week and the share rejected per device', async () => {
    const { element } = await render(true);
    expect(element.textContent).toContain('1.0 % (1)');
  });

  it('does nothing when the rotation is not confirmed', async () => {
    const { api, button, settle } = await render(false);
    button('Rotate credential').click();
    await settle();
    expect(api.rotate).not.toHaveBeenCalled();
  });

  it('checks the registration form inline before calling the BFF', async () => {
    const { api, element, button, settle } = await render(true);
    const name = element.querySelector<HTMLInputElement>('[data-testid="device-name"]')!;
    name.value = 'x';
    name.dispatchEvent(new Event('input'));
    button('Register').click();
    await settle();
    expect(api.register).not.toHaveBeenCalled();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(element.textContent).toContain('Choose the lane the device sits on');
  });
});
