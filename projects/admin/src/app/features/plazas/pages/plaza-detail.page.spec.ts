import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideRouter } from '@angular/router';
import { ToastService, TranslationService } from '@beaus/shared';
import { DataTableHarness } from '@beaus/shared/testing';
import { of, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { adminTexts } from '../../../admin.texts';
import { PlazasApi } from '../data/plazas.api';
import type { PlazaLane, PlazaSummary } from '../data/plazas.api';
import { plazasTexts } from '../plazas.texts';
import PlazaDetailPage from './plaza-detail.page';

const plaza: PlazaSummary = {
  id: '4',
  code: 'NB01',
  name: 'Northbridge Main',
  roadway: 'NC-540',
  latitude: 35.9,
  longitude: -78.8,
  timeZone: 'America/New_York',
  direction: 'NB',
  laneCount: 2,
  deviceCount: 2,
  activeDeviceCount: 2,
  lastSeenAt: null,
};
const lanes: PlazaLane[] = [
  { id: '10', code: '1', type: 'open_road' },
  { id: '11', code: '2', type: 'express' },
];

describe('PlazaDetailPage', () => {
  async function render(found: () => Observable<PlazaSummary | null>, laneList = lanes) {
    const api = {
      byCode: jest.fn(found),
      lanes: jest.fn(() => of(laneList)),
      update: jest.fn((_id: string, change: object) => of({ ...plaza, ...change })),
      addLane: jest.fn((_id: string, lane: { code: string; type: string }) =>
        of({ id: '12', ...lane }),
      ),
    };
    const toast = { info: jest.fn(), error: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: PlazasApi, useValue: api },
        { provide: ToastService, useValue: toast },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(adminTexts);
    translations.register(plazasTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(PlazaDetailPage);
    fixture.componentRef.setInput('code', 'NB01');
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const field = <T extends HTMLElement>(testId: string) =>
      element.querySelector<T>(`[data-testid="${testId}"]`)!;
    const type = async (testId: string, value: string) => {
      const input = field<HTMLInputElement>(testId);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      await settle();
    };
    const press = async (text: string) => {
      [...element.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!.click();
      await settle();
    };
    const table = () => TestbedHarnessEnvironment.harnessForFixture(fixture, DataTableHarness);
    return { api, toast, element, field, type, press, settle, table };
  }

  it('shows the plaza’s fields and its lanes with their types', async () => {
    const { api, element, field, table } = await render(() => of(plaza));
    expect(api.byCode).toHaveBeenCalledWith('NB01');
    expect(api.lanes).toHaveBeenCalledWith('4');
    expect(element.querySelector('h1')?.textContent).toContain('Plaza NB01');
    expect(field<HTMLInputElement>('plaza-edit-timeZone').value).toBe('America/New_York');
    expect(await (await table()).getRows()).toEqual([
      { code: '1', type: 'Open road gantry' },
      { code: '2', type: 'Express lane' },
    ]);
  });

  it('saves only what the admin changed and shows the stored result', async () => {
    const { api, toast, field, type, press } = await render(() => of(plaza));
    await type('plaza-edit-name', 'Northbridge Plaza');
    const direction = field<HTMLSelectElement>('plaza-edit-direction');
    direction.value = 'SB';
    direction.dispatchEvent(new Event('change'));
    await press('Save changes');
    expect(api.update).toHaveBeenCalledWith('4', { name: 'Northbridge Plaza', direction: 'SB' });
    expect(toast.info).toHaveBeenCalledWith('Plaza saved.');
    expect(field<HTMLInputElement>('plaza-edit-name').value).toBe('Northbridge Plaza');
  });

  it('marks a wrong field where it is, says why, and sends nothing', async () => {
    const { api, element, field, type, press } = await render(() => of(plaza));
    await type('plaza-edit-latitude', '95');
    await type('plaza-edit-timeZone', 'Mars/Base');
    const latitude = field<HTMLInputElement>('plaza-edit-latitude');
    expect(latitude.getAttribute('aria-invalid')).toBe('true');
    const problem = element.querySelector(`#${latitude.getAttribute('aria-describedby')}`);
    expect(problem?.textContent).toContain('A number from -90 to 90');
    expect(field('plaza-edit-timeZone').getAttribute('aria-invalid')).toBe('true');
    await press('Save changes');
    expect(api.update).not.toHaveBeenCalled();
  });

  it('tells the admin why the BFF refused a change', async () => {
    const { api, toast, type, press } = await render(() => of(plaza));
    api.update.mockReturnValueOnce(throwError(() => new Error('503')));
    await type('plaza-edit-roadway', 'I-40');
    await press('Save changes');
    expect(toast.error).toHaveBeenCalledWith('That did not work. Try again in a moment.');
  });

  it('adds a lane and lists it at once, keeping the form for the next one', async () => {
    const { api, toast, field, type, press, table } = await render(() => of(plaza));
    await type('lane-code', '3');
    const laneType = field<HTMLSelectElement>('lane-type');
    laneType.value = 'ramp';
    laneType.dispatchEvent(new Event('change'));
    await press('Add lane');
    expect(api.addLane).toHaveBeenCalledWith('4', { code: '3', type: 'ramp' });
    expect(toast.info).toHaveBeenCalledWith('Lane 3 added.');
    expect((await (await table()).getRows()).map((row) => row['code'])).toEqual(['1', '2', '3']);
    expect(field<HTMLInputElement>('lane-code').value).toBe('');
  });

  it('refuses a lane code the plaza already has before asking the BFF', async () => {
    const { api, element, field, type, press } = await render(() => of(plaza));
    await type('lane-code', '2');
    await press('Add lane');
    expect(api.addLane).not.toHaveBeenCalled();
    expect(field('lane-code').getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#lane-code-problem')?.textContent).toContain(
      'already has a lane with this code',
    );
  });

  it('says when the plaza has no lanes yet', async () => {
    const { element, table } = await render(() => of(plaza), []);
    expect(await (await table()).isEmpty()).toBe(true);
    expect(element.textContent).toContain('This plaza has no lanes yet.');
  });

  it('says when there is no such plaza', async () => {
    const { api, element } = await render(() => of(null));
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'There is no plaza NB01.',
    );
    expect(api.lanes).not.toHaveBeenCalled();
  });

  it('shows a load error with retry', async () => {
    let fail = true;
    const { element, press } = await render(() =>
      fail ? throwError(() => new Error('503')) : of(plaza),
    );
    expect(element.textContent).toContain('The plaza could not be loaded.');
    fail = false;
    await press('Try again');
    expect(element.querySelector('h2')?.textContent).toContain('Plaza details');
  });
});
