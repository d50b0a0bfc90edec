import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Subject, of, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { DataTableHarness } from '../../testing/data-table.harness';
import { TranslationService } from '../i18n/translation.service';
import { DataTableComponent } from './data-table.component';
import { TableCellDirective } from './table-cell.directive';
import type { TableColumn, TableLoader, TablePage, TableQuery } from './table-query';

interface Plaza {
  readonly code: string;
  readonly name: string;
  readonly lanes: number;
}

const plazas: readonly Plaza[] = Array.from({ length: 60 }, (_, i) => ({
  code: `P${String(i + 1).padStart(2, '0')}`,
  name: `Plaza ${i + 1}`,
  lanes: (i % 4) + 1,
}));

/** A fake server: pages, sorts by code or lanes, filters on the name. */
function serve(query: TableQuery): TablePage<Plaza> {
  const matching = plazas.filter((p) => p.name.includes(query.filter));
  const sorted = [...matching];
  if (query.sort?.direction === 'desc') sorted.reverse();
  const start = query.pageIndex * query.pageSize;
  return { items: sorted.slice(start, start + query.pageSize), total: matching.length };
}

@Component({
  selector: 'beaus-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, TableCellDirective],
  template: `
    <beaus-data-table
      labelKey="Plazas"
      [columns]="columns"
      [loader]="loader()"
      [filterable]="true"
      [initialPageSize]="10"
      (queryChange)="queries.push($event)"
    >
      <ng-template beausCell="lanes" let-row>{{ row.lanes }} lanes</ng-template>
    </beaus-data-table>
  `,
})
class HostComponent {
  readonly columns: readonly TableColumn<Plaza>[] = [
    { key: 'code', headerKey: 'Code', sortable: true },
    { key: 'name', headerKey: 'Name' },
    { key: 'lanes', headerKey: 'Lanes' },
  ];
  readonly loader = signal<TableLoader<Plaza>>((query) => of(serve(query)));
  readonly queries: TableQuery[] = [];
}

describe('DataTableComponent', () => {
  async function setUp(loader?: TableLoader<Plaza>) {
    TestBed.inject(TranslationService).use('en');
    const fixture = TestBed.createComponent(HostComponent);
    const calls: TableQuery[] = [];
    const base = loader ?? fixture.componentInstance.loader();
    fixture.componentInstance.loader.set((query) => {
      calls.push(query);
      return base(query);
    });
    const table = await TestbedHarnessEnvironment.harnessForFixture(fixture, DataTableHarness);
    return { fixture, table, calls, host: fixture.componentInstance };
  }

  it('asks the server for the first page and renders it, with custom cells', async () => {
    const { table, calls } = await setUp();
    expect(calls[0]).toEqual({ pageIndex: 0, pageSize: 10, sort: null, filter: '' });
    expect(await table.getHeaders()).toEqual(['Code', 'Name', 'Lanes']);
    const rows = await table.getRows();
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({ code: 'P01', name: 'Plaza 1', lanes: '1 lanes' });
    expect(await table.getRangeLabel()).toBe('1 – 10 of 60');
  });

  it('pages on the server and emits the query', async () => {
    const { table, calls, host } = await setUp();
    await table.nextPage();
    expect(calls.at(-1)).toEqual({ pageIndex: 1, pageSize: 10, sort: null, filter: '' });
    expect((await table.getRows())[0]?.['code']).toBe('P11');
    expect(host.queries.at(-1)?.pageIndex).toBe(1);
  });

  it('sorts on the server and goes back to the first page', async () => {
    const { table, calls } = await setUp();
    await table.nextPage();
    await table.sortBy('Code');
    expect(calls.at(-1)).toEqual({
      pageIndex: 0,
      pageSize: 10,
      sort: { active: 'code', direction: 'asc' },
      filter: '',
    });
    await table.sortBy('Code');
    expect(calls.at(-1)?.sort).toEqual({ active: 'code', direction: 'desc' });
    expect((await table.getRows())[0]?.['code']).toBe('P60');
  });

  it('filters on the server from the first page', async () => {
    const { table, calls } = await setUp();
    await table.nextPage();
    await table.filter('Plaza 5');
    expect(calls.at(-1)).toMatchObject({ pageIndex: 0, filter: 'Plaza 5' });
    // "Plaza 5" and "Plaza 50" … "Plaza 59" match: 11, of which the first page shows 10.
    expect(await table.getRangeLabel()).toBe('1 – 10 of 11');
    expect((await table.getRows())[1]?.['name']).toBe('Plaza 50');
  });

  it('says so when nothing matches', async () => {
    const { table } = await setUp(() => of({ items: [], total: 0 }));
    expect(await table.isEmpty()).toBe(true);
  });

  it('shows loading until the first page arrives', async () => {
    // The harness waits for stability, which a pending load prevents: use the DOM directly.
    TestBed.inject(TranslationService).use('en');
    const pending = new Subject<TablePage<Plaza>>();
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.loader.set(() => pending as Observable<TablePage<Plaza>>);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('beaus-loading-state')).not.toBeNull();
    pending.next({ items: plazas.slice(0, 2), total: 2 });
    pending.complete();
    await fixture.whenStable();
    expect(element.querySelector('beaus-loading-state')).toBeNull();
    expect(element.querySelectorAll('tr.mat-mdc-row')).toHaveLength(2);
  });

  it('shows an error with retry that asks the server again', async () => {
    let fail = true;
    const { table, calls } = await setUp((query) =>
      fail ? throwError(() => new Error('503')) : of(serve(query)),
    );
    expect(await table.hasError()).toBe(true);
    fail = false;
    await table.retry();
    expect(calls).toHaveLength(2);
    expect(await table.hasError()).toBe(false);
    expect(await table.getRows()).toHaveLength(10);
  });

  it('opens a row with the keyboard when rows are activatable', async () => {
    TestBed.inject(TranslationService).use('en');
    const fixture = TestBed.createComponent(DataTableComponent<Plaza>);
    fixture.componentRef.setInput('columns', [{ key: 'code', headerKey: 'Code' }]);
    fixture.componentRef.setInput('labelKey', 'Plazas');
    fixture.componentRef.setInput('loader', () => of({ items: plazas.slice(0, 3), total: 3 }));
    fixture.componentRef.setInput('activatable', true);
    const opened: Plaza[] = [];
    fixture.componentInstance.rowActivate.subscribe((row) => opened.push(row));
    const table = await TestbedHarnessEnvironment.harnessForFixture(fixture, DataTableHarness);
    await table.activateRow(1);
    expect(opened).toEqual([plazas[1]]);
  });
});
