import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TranslationService } from '@beaus/shared';
import type { TablePage, TableQuery } from '@beaus/shared';
import { DataTableHarness } from '@beaus/shared/testing';
import { of, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { adminTexts } from '../../../admin.texts';
import { PlazasApi } from '../data/plazas.api';
import { plazasTexts } from '../plazas.texts';
import type { PlazaSummary } from '../data/plazas.api';
import PlazasPage from './plazas.page';

const plaza: PlazaSummary = {
  id: '1',
  code: 'NB01',
  name: 'Northbridge Main',
  roadway: 'NC-540',
  latitude: 35.9,
  longitude: -78.8,
  timeZone: 'America/New_York',
  direction: 'northbound',
  laneCount: 6,
  deviceCount: 12,
  activeDeviceCount: 11,
  lastSeenAt: null,
};

describe('PlazasPage', () => {
  async function render(answer: (query: TableQuery) => Observable<TablePage<PlazaSummary>>) {
    const list = jest.fn(answer);
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: PlazasApi, useValue: { list } }],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(adminTexts);
    translations.register(plazasTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(PlazasPage);
    const table = await TestbedHarnessEnvironment.harnessForFixture(fixture, DataTableHarness);
    return { fixture, table, list };
  }

  it('lists the plazas from the server with lane and device counts', async () => {
    const { table, list } = await render(() => of({ items: [plaza], total: 1 }));
    expect(list).toHaveBeenCalledWith({ pageIndex: 0, pageSize: 25, sort: null, filter: '' });
    expect(await table.getRows()).toEqual([
      {
        code: 'NB01',
        name: 'Northbridge Main',
        roadway: 'NC-540',
        timeZone: 'America/New_York',
        direction: 'northbound',
        laneCount: '6',
        deviceCount: '11 / 12',
      },
    ]);
  });

  it('opens a plaza’s own page from its row with the keyboard', async () => {
    const { table } = await render(() => of({ items: [plaza], total: 1 }));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await table.activateRow(0);
    expect(navigate).toHaveBeenCalledWith(['NB01'], expect.anything());
  });

  it('filters by code or name on the server', async () => {
    const { table, list } = await render(() => of({ items: [plaza], total: 1 }));
    await table.filter('north');
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ filter: 'north', pageIndex: 0 }),
    );
  });

  it('sorts on the server', async () => {
    const { table, list } = await render(() => of({ items: [plaza], total: 1 }));
    await table.sortBy('Lanes');
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ sort: { active: 'laneCount', direction: 'asc' } }),
    );
  });

  it('says when no plaza is configured', async () => {
    const { fixture, table } = await render(() => of({ items: [], total: 0 }));
    expect(await table.isEmpty()).toBe(true);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'No plazas are configured yet.',
    );
  });

  it('shows an error with retry', async () => {
    let fail = true;
    const { table } = await render(() =>
      fail ? throwError(() => new Error('503')) : of({ items: [plaza], total: 1 }),
    );
    expect(await table.hasError()).toBe(true);
    fail = false;
    await table.retry();
    expect(await table.getRows()).toHaveLength(1);
  });
});
