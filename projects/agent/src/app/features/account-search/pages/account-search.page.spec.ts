import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TranslationService } from '@beaus/shared';
import type { TablePage, TableQuery } from '@beaus/shared';
import { DataTableHarness } from '@beaus/shared/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore } from '@ngrx/store';
import { of, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import { AccountSearchApi } from '../data/account-search.api';
import type { AccountSummary } from '../data/account-search.api';
import * as effects from '../state/account-search.effects';
import { accountSearchFeature } from '../state/account-search.feature';
import AccountSearchPage from './account-search.page';

function account(n: number): AccountSummary {
  return {
    id: String(n),
    accountNo: `10000${n}`,
    type: 'prepaid',
    status: n === 2 ? 'suspended' : 'active',
    name: `J. Smith ${n}`,
    email: 'j***@example.com',
    phone: '***0123',
    plates: ['abc-123'],
    balanceCents: 1250 * n,
    matchedOn: 'name',
  };
}

describe('AccountSearchPage', () => {
  let search: jest.Mock<Observable<TablePage<AccountSummary>>, [TableQuery]>;

  async function render(answer: (query: TableQuery) => Observable<TablePage<AccountSummary>>) {
    search = jest.fn(answer);
    TestBed.configureTestingModule({
      providers: [
        provideStore(),
        provideState(accountSearchFeature),
        provideEffects(effects),
        { provide: AccountSearchApi, useValue: { search } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(agentTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(AccountSearchPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const searchFor = async (text: string) => {
      const input = element.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = text;
      element.querySelector('form')!.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    const table = () => TestbedHarnessEnvironment.harnessForFixture(fixture, DataTableHarness);
    return { fixture, element, searchFor, table };
  }

  it('puts the cursor in the search box on arrival and searches nothing yet', async () => {
    const { element } = await render(() => of({ items: [], total: 0 }));
    expect(document.activeElement).toBe(element.querySelector('input[type="search"]'));
    expect(search).not.toHaveBeenCalled();
    expect(element.querySelector('beaus-data-table')).toBeNull();
  });

  it('searches the server and shows the matching accounts', async () => {
    const { element, searchFor, table } = await render(() =>
      of({ items: [account(1), account(2)], total: 2 }),
    );
    await searchFor('  smith ');
    expect(search).toHaveBeenCalledWith({
      pageIndex: 0,
      pageSize: 25,
      sort: null,
      filter: 'smith',
    });
    const rows = await (await table()).getRows();
    expect(rows[0]).toEqual({
      accountNo: '100001',
      name: 'J. Smith 1',
      type: 'Prepaid',
      status: 'Active',
      plates: 'ABC123',
      balanceCents: '$12.50',
      matchedOn: 'Name',
    });
    expect(rows[1]?.['status']).toBe('Suspended');
    expect(element.querySelector('.count')?.textContent).toContain('2 accounts found');
  });

  it('asks the server for the next page', async () => {
    const { searchFor, table } = await render((query) =>
      of({ items: [account(query.pageIndex + 1)], total: 60 }),
    );
    await searchFor('smith');
    await (await table()).nextPage();
    expect(search).toHaveBeenLastCalledWith(
      expect.objectContaining({ pageIndex: 1, filter: 'smith' }),
    );
    expect((await (await table()).getRows())[0]?.['accountNo']).toBe('100002');
  });

  it('opens the first account when the agent presses Enter again on the same search', async () => {
    const { searchFor } = await render(() => of({ items: [account(3), account(4)], total: 2 }));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await searchFor('smith');
    expect(navigate).not.toHaveBeenCalled();
    await searchFor('smith');
    expect(navigate).toHaveBeenCalledWith(['/accounts', '3']);
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('says when no account matches', async () => {
    const { element, searchFor, table } = await render(() => of({ items: [], total: 0 }));
    await searchFor('nobody');
    expect(await (await table()).isEmpty()).toBe(true);
    expect(element.textContent).toContain('No account matches.');
  });

  it('shows an error and searches again on retry', async () => {
    let fail = true;
    const { searchFor, table } = await render(() =>
      fail ? throwError(() => new Error('503')) : of({ items: [account(1)], total: 1 }),
    );
    await searchFor('smith');
    expect(await (await table()).hasError()).toBe(true);
    fail = false;
    await (await table()).retry();
    expect(search).toHaveBeenCalledTimes(2);
    expect(await (await table()).getRows()).toHaveLength(1);
  });
});
