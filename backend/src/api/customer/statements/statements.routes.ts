import Type from 'typebox';
import type { BeausApp } from '../../../platform/app-types.ts';
import { principalOf } from '../../../platform/auth.ts';
import { ErrorResponse, notFound, protectedErrorResponses } from '../../../platform/errors.ts';
import { parseStatementMonth } from '../../../domain/index.ts';
import { statementCsv } from './statement-csv.ts';
import { statementPdf } from './statement-pdf.ts';
import { loadStatement, statementMonths } from './statement-query.ts';

const StatementMonths = Type.Object(
  {
    months: Type.Array(Type.String({ pattern: '^\\d{4}-\\d{2}$' }), {
      description: 'Months (YYYY-MM, UTC) with account activity, newest first',
    }),
  },
  { title: 'StatementMonths' },
);

const MonthParams = Type.Object({
  month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' }),
});

const FileBody = (description: string) =>
  Type.Unsafe<Buffer | string>({ type: 'string', format: 'binary', description });

/** A signed-in customer's monthly statements: which months, and each as CSV or PDF. */
export async function statementsRoutes(app: BeausApp): Promise<void> {
  const ownAccount = (accountId: number | undefined) => {
    if (accountId === undefined) throw notFound('No account is linked to this sign-in.');
    return accountId;
  };
  const statementOf = async (accountId: number, text: string) => {
    const month = parseStatementMonth(text);
    const statement = month ? await loadStatement(app.database, accountId, month) : null;
    if (!statement) throw notFound('There is no statement for that month.');
    return statement;
  };
  const download = (month: string, extension: 'csv' | 'pdf') => ({
    'cache-control': 'no-store',
    'content-disposition': `attachment; filename="beaus-statement-${month}.${extension}"`,
  });

  app.get(
    '/statements',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'listMyStatements',
        summary: 'The months my account has a statement for (any ledger entry or trip)',
        response: { 200: StatementMonths, 404: ErrorResponse, ...protectedErrorResponses },
      },
    },
    async (request, reply) => {
      const accountId = ownAccount(principalOf(request).accountId);
      void reply.header('cache-control', 'no-store');
      return { months: await statementMonths(app.database, accountId) };
    },
  );

  app.get(
    '/statements/:month.csv',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'downloadMyStatementCsv',
        summary:
          'My statement for a month as CSV: opening balance, entries with running balance, trips',
        params: MonthParams,
        produces: ['text/csv'],
        response: {
          200: FileBody('text/csv'),
          404: ErrorResponse,
          ...protectedErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const accountId = ownAccount(principalOf(request).accountId);
      const statement = await statementOf(accountId, request.params.month);
      return reply
        .headers(download(statement.month, 'csv'))
        .type('text/csv; charset=utf-8')
        .send(statementCsv(statement));
    },
  );

  app.get(
    '/statements/:month.pdf',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'downloadMyStatementPdf',
        summary:
          'My statement for a month as PDF: opening balance, entries with running balance, trips',
        params: MonthParams,
        produces: ['application/pdf'],
        response: {
          200: FileBody('application/pdf'),
          404: ErrorResponse,
          ...protectedErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const accountId = ownAccount(principalOf(request).accountId);
      const statement = await statementOf(accountId, request.params.month);
      return reply
        .headers(download(statement.month, 'pdf'))
        .type('application/pdf')
        .send(await statementPdf(statement));
    },
  );
}
