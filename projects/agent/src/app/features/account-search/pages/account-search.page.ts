import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import type { ElementRef } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  DataTableComponent,
  MoneyPipe,
  PlatePipe,
  StatusChipComponent,
  TableCellDirective,
  TranslatePipe,
} from '@beaus/shared';
import type { TableColumn, TableQuery } from '@beaus/shared';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import type { AccountSummary } from '../data/account-search.api';
import { AccountSearchPageActions } from '../state/account-search.actions';
import { accountSearchFeature } from '../state/account-search.feature';

/**
 * The agent's first page: one search box, focused on arrival, over every way a caller can
 * identify themselves; results are paged and sorted by the server.
 */
@Component({
  selector: 'beaus-account-search-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatButton,
    DataTableComponent,
    TableCellDirective,
    StatusChipComponent,
    MoneyPipe,
    PlatePipe,
    TranslatePipe,
  ],
  templateUrl: './account-search.page.html',
  styleUrl: './account-search.page.scss',
})
export default class AccountSearchPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly searchBox = viewChild.required<ElementRef<HTMLInputElement>>('searchBox');

  protected readonly text = this.store.selectSignal(accountSearchFeature.selectText);
  protected readonly page = this.store.selectSignal(accountSearchFeature.selectPage);
  protected readonly loading = this.store.selectSignal(accountSearchFeature.selectIsLoading);
  protected readonly failed = this.store.selectSignal(accountSearchFeature.selectHasFailed);
  protected readonly total = this.store.selectSignal(accountSearchFeature.selectTotal);
  private readonly query = this.store.selectSignal(accountSearchFeature.selectQuery);
  protected readonly searched = computed(() => this.text() !== '');

  protected readonly columns: readonly TableColumn<AccountSummary>[] = [
    { key: 'accountNo', headerKey: 'agent.column.accountNo', sortable: true },
    { key: 'name', headerKey: 'agent.column.name', sortable: true },
    { key: 'type', headerKey: 'agent.column.type', sortable: true },
    { key: 'status', headerKey: 'agent.column.status', sortable: true },
    { key: 'plates', headerKey: 'agent.column.plates' },
    { key: 'balanceCents', headerKey: 'agent.column.balance' },
    { key: 'matchedOn', headerKey: 'agent.column.matchedOn' },
  ];

  constructor() {
    // Agents start typing the moment the page opens.
    afterNextRender(() => this.searchBox().nativeElement.focus());
  }

  protected search(text: string): void {
    // Enter again on the same search opens the best match: the agent never needs the mouse.
    const first = this.page()?.items[0];
    if (first && text.trim() === this.text() && !this.loading()) {
      this.open(first);
      return;
    }
    this.store.dispatch(AccountSearchPageActions.searched({ text }));
  }

  protected open(account: AccountSummary): void {
    void this.router.navigate(['/accounts', account.id]);
  }

  protected changeQuery(query: TableQuery): void {
    this.store.dispatch(AccountSearchPageActions.queryChanged({ query }));
  }

  protected retry(): void {
    const query = this.query();
    if (query) this.store.dispatch(AccountSearchPageActions.retryRequested({ query }));
  }
}
