import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChildren,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import type { TemplateRef } from '@angular/core';
import { EMPTY } from 'rxjs';
import { outputFromObservable, rxResource, toObservable } from '@angular/core/rxjs-interop';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator } from '@angular/material/paginator';
import type { PageEvent } from '@angular/material/paginator';
import { MatSort, MatSortHeader } from '@angular/material/sort';
import type { Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '../i18n/translate.pipe';
import { EmptyStateComponent } from '../states/empty-state.component';
import { ErrorStateComponent } from '../states/error-state.component';
import { LoadingStateComponent } from '../states/loading-state.component';
import { TableCellDirective } from './table-cell.directive';
import type { TableColumn, TableLoader, TablePage, TableQuery, TableSort } from './table-query';

/**
 * A table whose paging, sorting and filtering happen on the server. Give it columns and a
 * loader; it asks the loader for a page whenever the query changes, shows loading, empty and
 * error states (with retry), and keeps the last page visible while the next one loads.
 *
 * ```html
 * <beaus-data-table [columns]="columns" [loader]="loadAccounts" [filter]="searchText()"
 *                   labelKey="agent.results" (rowActivate)="open($event)">
 *   <ng-template beausCell="balanceCents" let-row>{{ row.balanceCents | money }}</ng-template>
 * </beaus-data-table>
 * ```
 */
@Component({
  selector: 'beaus-data-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    MatTableModule,
    MatSort,
    MatSortHeader,
    MatPaginator,
    MatFormField,
    MatLabel,
    MatInput,
    TranslatePipe,
    LoadingStateComponent,
    EmptyStateComponent,
    ErrorStateComponent,
  ],
  templateUrl: './data-table.component.html',
  styleUrl: './data-table.component.scss',
})
export class DataTableComponent<T extends object> {
  /** The columns, in display order. */
  readonly columns = input.required<readonly TableColumn<T>[]>();
  /** Fetches one page for a query. Without a loader the parent feeds `data` instead. */
  readonly loader = input<TableLoader<T>>();
  /** The page to show when the parent loads data itself (e.g. an NgRx effect on `queryChange`). */
  readonly data = input<TablePage<T> | null>(null);
  /** With `data`: whether the parent is loading the next page. */
  readonly loading = input(false);
  /** With `data`: whether the parent's last load failed; "Try again" emits `retry`. */
  readonly failed = input(false);
  /** Translation key of the table's accessible name. */
  readonly labelKey = input.required<string>();
  /** A filter set from outside (e.g. a search box); when given, the built-in field is hidden. */
  readonly filter = input<string | undefined>(undefined);
  /** Whether to show the built-in filter field. */
  readonly filterable = input(false);
  /** Page sizes offered. */
  readonly pageSizeOptions = input<readonly number[]>([10, 25, 50]);
  /** The first page size. */
  readonly initialPageSize = input(25);
  /** Translation key shown when the server finds nothing. */
  readonly emptyKey = input('table.noResults');
  /** Whether rows can be opened (click or Enter); emits `rowActivate`. */
  readonly activatable = input(false);

  /** A row was opened with the mouse or the keyboard. */
  readonly rowActivate = output<T>();
  /** With `data`: the person asked to load the current query again. */
  readonly retry = output();

  private readonly cellTemplates = contentChildren(TableCellDirective);
  private readonly ownFilter = signal('');
  protected readonly effectiveFilter = computed(() => this.filter() ?? this.ownFilter());
  protected readonly sort = signal<TableSort | null>(null);
  protected readonly pageSize = linkedSignal(() => this.initialPageSize());
  // A new filter, sort or page size starts again at the first page.
  protected readonly pageIndex = linkedSignal({
    source: () => [this.effectiveFilter(), this.sort(), this.pageSize()] as const,
    computation: () => 0,
  });

  /** The query the table shows; the loader is called whenever it changes. */
  readonly query = computed<TableQuery>(() => ({
    pageIndex: this.pageIndex(),
    pageSize: this.pageSize(),
    sort: this.sort(),
    filter: this.effectiveFilter().trim(),
  }));

  /** Emits every query the table asks for, the first one included. */
  readonly queryChange = outputFromObservable(toObservable(this.query));

  // Idle (params undefined) when the parent feeds `data`.
  private readonly page = rxResource<TablePage<T>, TableQuery | undefined>({
    params: () => (this.loader() ? this.query() : undefined),
    stream: ({ params }) => this.loader()?.(params) ?? EMPTY,
  });

  // Keep showing the previous page while the next one loads; reading value() in error throws.
  private readonly lastPage = linkedSignal<TablePage<T> | undefined, TablePage<T> | undefined>({
    source: () => {
      if (!this.loader()) return this.data() ?? undefined;
      return this.page.hasValue() ? this.page.value() : undefined;
    },
    computation: (current, previous) => current ?? previous?.value,
  });
  protected readonly isLoading = computed(() =>
    this.loader() ? this.page.isLoading() : this.loading(),
  );
  protected readonly hasFailed = computed(() =>
    this.loader() ? this.page.error() !== undefined : this.failed(),
  );
  protected readonly rows = computed(() => this.lastPage()?.items ?? []);
  protected readonly total = computed(() => this.lastPage()?.total ?? 0);
  protected readonly columnKeys = computed(() => this.columns().map((column) => column.key));
  protected readonly templates = computed(() => {
    const byColumn = new Map<string, TemplateRef<{ $implicit: unknown }>>();
    for (const cell of this.cellTemplates()) byColumn.set(cell.column(), cell.template);
    return byColumn;
  });

  /** Loads the current page again (e.g. after the data changed elsewhere). */
  reload(): void {
    if (this.loader()) this.page.reload();
    else this.retry.emit();
  }

  protected cellText(column: TableColumn<T>, row: T): string {
    const value = column.value ? column.value(row) : (row as Record<string, unknown>)[column.key];
    return value === null || value === undefined ? '' : String(value);
  }

  protected changeSort(sort: Sort): void {
    this.sort.set(sort.direction ? { active: sort.active, direction: sort.direction } : null);
  }

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected applyFilter(value: string): void {
    this.ownFilter.set(value);
  }

  protected activate(row: T): void {
    if (this.activatable()) this.rowActivate.emit(row);
  }
}
