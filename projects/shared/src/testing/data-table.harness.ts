import { ComponentHarness } from '@angular/cdk/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';

/** Drives a `beaus-data-table` in tests the way a person would. */
export class DataTableHarness extends ComponentHarness {
  static hostSelector = 'beaus-data-table';

  private readonly table = this.locatorFor(MatTableHarness);
  private readonly paginator = this.locatorFor(MatPaginatorHarness);
  private readonly sort = this.locatorFor(MatSortHarness);
  private readonly filterInput = this.locatorForOptional(
    MatInputHarness.with({ ancestor: '.filter' }),
  );
  private readonly loading = this.locatorForOptional('beaus-loading-state');
  private readonly empty = this.locatorForOptional('beaus-empty-state');
  private readonly errorRetry = this.locatorForOptional('beaus-error-state button.retry');
  private readonly rowElements = this.locatorForAll('tr.mat-mdc-row');

  /** The header texts. */
  async getHeaders(): Promise<string[]> {
    const [header] = await (await this.table()).getHeaderRows();
    return header ? Object.values(await header.getCellTextByColumnName()) : [];
  }

  /** Every visible row as column key → cell text. */
  async getRows(): Promise<Record<string, string>[]> {
    const rows = await (await this.table()).getRows();
    return Promise.all(rows.map((row) => row.getCellTextByColumnName()));
  }

  /** Clicks the header of a sortable column (asc, then desc, then none). */
  async sortBy(headerLabel: string): Promise<void> {
    const [header] = await (await this.sort()).getSortHeaders({ label: headerLabel });
    if (!header) throw new Error(`No sortable column "${headerLabel}"`);
    await header.click();
  }

  /** Goes to the next page. */
  async nextPage(): Promise<void> {
    await (await this.paginator()).goToNextPage();
  }

  /** The paginator's range label, e.g. "26 – 50 of 120". */
  async getRangeLabel(): Promise<string> {
    return (await this.paginator()).getRangeLabel();
  }

  /** Types into the built-in filter field and applies it. */
  async filter(text: string): Promise<void> {
    const input = await this.filterInput();
    if (!input) throw new Error('This table has no filter field');
    await input.setValue(text);
    await (await input.host()).dispatchEvent('change');
  }

  /** Opens a row with the keyboard (Enter), as an agent would. */
  async activateRow(index: number): Promise<void> {
    const rows = await this.rowElements();
    const row = rows[index];
    if (!row) throw new Error(`No row ${index}`);
    await row.dispatchEvent('keydown', { key: 'Enter' });
  }

  /** Whether the first page is still loading. */
  async isLoading(): Promise<boolean> {
    return (await this.loading()) !== null;
  }

  /** Whether the empty state is shown. */
  async isEmpty(): Promise<boolean> {
    return (await this.empty()) !== null;
  }

  /** Whether the error state is shown. */
  async hasError(): Promise<boolean> {
    return (await this.errorRetry()) !== null;
  }

  /** Presses "Try again" in the error state. */
  async retry(): Promise<void> {
    const button = await this.errorRetry();
    if (!button) throw new Error('No error shown');
    await button.click();
  }
}
