import type { Observable } from 'rxjs';

/** A sort the server applies. */
export interface TableSort {
  /** Column key, as the API names the field. */
  readonly active: string;
  readonly direction: 'asc' | 'desc';
}

/** What the table asks the server for: one page, sorted and filtered. */
export interface TableQuery {
  /** Zero-based page number. */
  readonly pageIndex: number;
  readonly pageSize: number;
  readonly sort: TableSort | null;
  /** Free-text filter; empty for none. */
  readonly filter: string;
}

/** One page of results and how many there are in all. */
export interface TablePage<T> {
  readonly items: readonly T[];
  readonly total: number;
}

/** Fetches a page for a query, usually through a generated API function. */
export type TableLoader<T> = (query: TableQuery) => Observable<TablePage<T>>;

/** A column of the data table. */
export interface TableColumn<T> {
  /** Column id; also the sort key sent to the server. */
  readonly key: string;
  /** Translation key (or plain text) of the header. */
  readonly headerKey: string;
  /** Whether the server can sort by this column. */
  readonly sortable?: boolean;
  /** The cell text; defaults to `row[key]`. Use a `beausCell` template for richer cells. */
  readonly value?: (row: T) => string | number | null | undefined;
}

/** `sort=name:asc` style query parameter, or undefined when unsorted. */
export function sortParam(sort: TableSort | null): string | undefined {
  return sort ? `${sort.active}:${sort.direction}` : undefined;
}
