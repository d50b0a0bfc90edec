import { testAppTimeoutMs } from '../platform/testing/test-app.ts';
import { createSeededTestApp, testAsOf, type SeededTestApp } from '../seed/testing.ts';
import { runBillingCycle } from './billing-cycle.ts';
import { runEscalation } from './escalation-run.ts';

let testApp: SeededTestApp;
const dayMs = 86_400_000;
const daysAfter = (days: number) => new Date(testAsOf.getTime() + days * dayMs);
const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

beforeAll(async () => {
  testApp = await createSeededTestApp();
}, testAppTimeoutMs);
afterAll(() => testApp.close());

interface InvoiceState {
  id: string;
  stage: string;
  total: number;
  fees: number;
}

async function invoicesIssuedAt(at: Date): Promise<InvoiceState[]> {
  return query<InvoiceState>(
    `select i.id::text, i.stage,
            (select sum(amount_cents)::int from invoice_lines where invoice_id = i.id) as total,
            (select count(*)::int from invoice_lines where invoice_id = i.id and kind <> 'trip')
              as fees
     from invoices i where i.issued_at = $1 order by i.id`,
    [at.toISOString()],
  );
}

describe('billing cycle and escalation, time-travelling through the ladder', () => {
  let issued: InvoiceState[];
  let tripTotals: Map<string, number>;

  it('gathers each plate’s unbilled tolls into one invoice with the admin fee, once', async () => {
    const [{ unbilled }] = await query<{ unbilled: number }>(
      `select count(*)::int as unbilled from trips where status = 'unbilled' and plate is not null
         and amount_cents > 0`,
    );
    expect(unbilled).toBeGreaterThan(0);
    const first = await runBillingCycle(testApp.adapters.database, testAsOf);
    expect(first.tripsInvoiced).toBe(unbilled);
    const again = await runBillingCycle(testApp.adapters.database, testAsOf);
    expect(again).toEqual({ invoicesIssued: 0, tripsInvoiced: 0 });

    issued = await invoicesIssuedAt(testAsOf);
    expect(issued).toHaveLength(first.invoicesIssued);
    const rows = await query<{ id: string; trips: number; plates: number }>(
      `select l.invoice_id::text as id, sum(l.amount_cents)::int as trips,
              count(distinct t.plate)::int as plates
       from invoice_lines l join trips t on t.id = l.trip_id
       where l.invoice_id = any($1::bigint[]) group by l.invoice_id`,
      [issued.map((invoice) => invoice.id)],
    );
    tripTotals = new Map(rows.map((row) => [row.id, row.trips]));
    for (const invoice of issued) {
      expect(invoice).toMatchObject({ stage: 'invoice', fees: 1 });
      expect(invoice.total).toBe((tripTotals.get(invoice.id) ?? 0) + 250);
    }
    expect(rows.every((row) => row.plates === 1)).toBe(true);
    const [{ left }] = await query<{ left: number }>(
      `select count(*)::int as left from trips where status = 'unbilled' and plate is not null
         and amount_cents > 0`,
    );
    expect(left).toBe(0);
  });

  it('adds each stage fee on its day, once, however often the job runs', async () => {
    const database = testApp.adapters.database;
    const expectStage = async (stage: string, extraCents: number) => {
      for (const invoice of await invoicesIssuedAt(testAsOf)) {
        expect(invoice.stage).toBe(stage);
        expect(invoice.total).toBe((tripTotals.get(invoice.id) ?? 0) + 250 + extraCents);
      }
    };
    await runEscalation(database, daysAfter(29));
    await expectStage('invoice', 0);
    await runEscalation(database, daysAfter(30));
    await runEscalation(database, daysAfter(30));
    await expectStage('second_notice', 600);
    await runEscalation(database, daysAfter(60));
    await runEscalation(database, daysAfter(75));
    await expectStage('violation', 3100);
    await runEscalation(database, daysAfter(90));
    await expectStage('collections', 3100);
    const rerun = await runEscalation(database, daysAfter(200));
    expect(rerun.feesAddedCents).toBe(0);
    await expectStage('collections', 3100);
  });

  it('charges every stage passed during an outage once, and never escalates a paid invoice', async () => {
    const database = testApp.adapters.database;
    // Two new tolls of two plates, billed on a run long after the others.
    await query(
      `insert into trips (event_id, device_id, plaza_id, lane_id, direction, occurred_at, plate,
                          jurisdiction, vehicle_class, image_keys, status, read_type, amount_cents)
       select 'late-' || id, device_id, plaza_id, lane_id, direction, $1, plate, jurisdiction,
              vehicle_class, image_keys, 'unbilled', read_type, amount_cents
       from (select distinct on (plate) * from trips
             where status = 'invoiced' and plate is not null order by plate, id limit 2) t`,
      [daysAfter(299).toISOString()],
    );
    const issuedAt = daysAfter(300);
    expect(await runBillingCycle(database, issuedAt)).toEqual({
      invoicesIssued: 2,
      tripsInvoiced: 2,
    });
    const [late, paid] = await invoicesIssuedAt(issuedAt);
    await query(`update invoices set status = 'paid', paid_at = $2 where id = $1`, [
      paid!.id,
      issuedAt.toISOString(),
    ]);

    await runEscalation(database, new Date(issuedAt.getTime() + 95 * dayMs));
    const [afterOutage, stillPaid] = await invoicesIssuedAt(issuedAt);
    expect(afterOutage).toMatchObject({ stage: 'collections', total: late!.total + 3100, fees: 3 });
    expect(stillPaid).toMatchObject({ stage: 'invoice', total: paid!.total, fees: 1 });
    const history = await query<{ to_stage: string }>(
      'select to_stage from invoice_stage_history where invoice_id = $1 order by id',
      [late!.id],
    );
    expect(history.map((row) => row.to_stage)).toEqual([
      'invoice',
      'second_notice',
      'violation',
      'collections',
    ]);
  });
});
