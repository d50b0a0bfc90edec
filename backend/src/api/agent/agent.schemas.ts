import Type from 'typebox';
import { accountSortKeys } from './account-search.ts';

export const AccountSearchQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 100,
        description:
          'Account no., name, plate (any spacing), tag no., invoice no., phone or e-mail',
      }),
    ),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
    sort: Type.Optional(
      Type.String({
        pattern: `^(${accountSortKeys.join('|')})(:(asc|desc))?$`,
        description: '`column:direction`, e.g. `accountNo:asc`; default relevance (or accountNo)',
      }),
    ),
  },
  { additionalProperties: false },
);

const MatchedOn = Type.Union([
  Type.Literal('accountNo'),
  Type.Literal('plate'),
  Type.Literal('tag'),
  Type.Literal('invoiceNo'),
  Type.Literal('phone'),
  Type.Literal('email'),
  Type.Literal('name'),
]);

export const AccountSummary = Type.Object(
  {
    id: Type.String(),
    accountNo: Type.String(),
    type: Type.String(),
    status: Type.String(),
    name: Type.String({ description: 'Masked (initial and last name) unless a company' }),
    email: Type.Union([Type.String(), Type.Null()], {
      description: 'Masked, e.g. j***@example.com',
    }),
    phone: Type.Union([Type.String(), Type.Null()], { description: 'Masked, last four digits' }),
    plates: Type.Array(Type.String(), { description: 'Active plates, at most five' }),
    balanceCents: Type.Integer({ description: 'Sum of the ledger; 0 for toll-by-plate' }),
    matchedOn: Type.Union([MatchedOn, Type.Null()]),
  },
  { title: 'AccountSummary' },
);

export const AccountSearchPage = Type.Object(
  {
    items: Type.Array(AccountSummary),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    total: Type.Integer(),
    totalCapped: Type.Boolean({
      description:
        'True when there are more accounts than `total` (the unfiltered list stops counting)',
    }),
  },
  { title: 'AccountSearchPage' },
);
