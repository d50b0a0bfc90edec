import type { BeausApp } from '../../platform/app-types.ts';
import { protectedErrorResponses } from '../../platform/errors.ts';
import { searchAccounts, type AccountSortKey } from './account-search.ts';
import { AccountSearchPage, AccountSearchQuery } from './agent.schemas.ts';

export async function agentRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/accounts',
    {
      config: { roles: ['agent', 'supervisor'] },
      schema: {
        tags: ['agent'],
        operationId: 'searchAccounts',
        summary: 'Find accounts by any identifier a caller may give; personal data masked',
        querystring: AccountSearchQuery,
        response: { 200: AccountSearchPage, ...protectedErrorResponses },
      },
    },
    async (request) => {
      const { q = '', page, pageSize, sort } = request.query;
      const [key, direction] = (sort ?? (q.trim() ? 'relevance' : 'accountNo')).split(':');
      const result = await searchAccounts(app.database, {
        q,
        page,
        pageSize,
        sort: key as AccountSortKey,
        direction: direction === 'desc' ? 'desc' : 'asc',
      });
      return { ...result, page, pageSize };
    },
  );
}
