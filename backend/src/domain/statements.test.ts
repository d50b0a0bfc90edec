import fc from 'fast-check';
import { cents } from './money.ts';
import {
  buildStatement,
  parseStatementMonth,
  statementPeriod,
  type StatementEntry,
  type StatementMonth,
} from './statements.ts';

const month = parseStatementMonth('2026-10') as StatementMonth;
const entry = (day: number, amount: number, kind = 'trip'): StatementEntry => ({
  at: new Date(Date.UTC(2026, 9, day, 12)),
  kind,
  description: kind,
  amountCents: cents(amount),
});

describe('monthly statement', () => {
  it('runs the balance through the entries in time order and closes at opening + entries', () => {
    const statement = buildStatement(month, cents(1000), [
      entry(5, -250),
      entry(2, 4000, 'top_up'),
      entry(9, -175),
    ]);
    expect(statement.lines.map((line) => [line.amountCents, line.balanceAfterCents])).toEqual([
      [4000, 5000],
      [-250, 4750],
      [-175, 4575],
    ]);
    expect(statement.creditsCents).toBe(4000);
    expect(statement.debitsCents).toBe(-425);
    expect(statement.closingBalanceCents).toBe(4575);
  });

  it('closes at the opening balance when the month had no entries', () => {
    const statement = buildStatement(month, cents(-300), []);
    expect(statement.lines).toEqual([]);
    expect(statement.closingBalanceCents).toBe(-300);
  });

  it('always closes at opening + the sum of entries, and the last running balance agrees', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.array(
          fc.record({
            day: fc.integer({ min: 1, max: 31 }),
            amount: fc.integer({ min: -100_000, max: 100_000 }).filter((n) => n !== 0),
          }),
          { maxLength: 60 },
        ),
        (opening, drafts) => {
          const entries = drafts.map((draft) => entry(draft.day, draft.amount));
          const statement = buildStatement(month, cents(opening), entries);
          const sum = drafts.reduce((total, draft) => total + draft.amount, 0);
          expect(statement.closingBalanceCents).toBe(opening + sum);
          expect(statement.lines.at(-1)?.balanceAfterCents ?? opening).toBe(opening + sum);
        },
      ),
    );
  });

  it('accepts only real YYYY-MM months and covers the whole month in UTC', () => {
    expect(parseStatementMonth('2026-13')).toBeNull();
    expect(parseStatementMonth('2026-1')).toBeNull();
    expect(parseStatementMonth('26-01')).toBeNull();
    const period = statementPeriod(parseStatementMonth('2026-12') as StatementMonth);
    expect(period.from.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(period.to.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});
