import { createEventLogTables } from '../../../adapters/event-log/pg-event-log-tables.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';
import { createSeededTestApp, testAsOf, type SeededTestApp } from '../../../seed/testing.ts';
import type { AgentProductivityRow } from './agent-productivity-report.ts';
import { csvLine } from './csv.ts';

let testApp: SeededTestApp;
const db = () => testApp.adapters.database;
const to = testAsOf.toISOString().slice(0, 10);
const from = new Date(testAsOf.getTime() - 13 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  testApp = await createSeededTestApp();
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const get = async (url: string, username = 'super1') =>
  testApp.app.inject({
    method: 'GET',
    url: `/api/supervisor/reports/${url}`,
    headers: { authorization: `Bearer ${await testApp.tokenFor(username)}` },
  });

describe('revenue by plaza and day', () => {
  it('adds up to the trips of each plaza in its own local day', async () => {
    const expected = await db().query<{ day: string; code: string; trips: number; cents: number }>(
      `select (t.occurred_at at time zone p.time_zone)::date::text as day, p.code,
              count(*)::int as trips, coalesce(sum(t.amount_cents), 0)::int as cents
       from trips t join plazas p on p.id = t.plaza_id
       where (t.occurred_at at time zone p.time_zone)::date between $1 and $2
       group by 1, 2`,
      [from, to],
    );
    expect(expected.length).toBeGreaterThan(10);
    const response = await get(`revenue?from=${from}&to=${to}`);
    expect(response.statusCode).toBe(200);
    const rows: { day: string; plazaCode: string; trips: number; revenueCents: number }[] =
      response.json().rows;
    for (const e of expected) {
      const row = rows.find((r) => r.day === e.day && r.plazaCode === e.code);
      expect({ day: e.day, code: e.code, trips: row?.trips, cents: row?.revenueCents }).toEqual(e);
    }
    const reported = rows.reduce((sum, r) => sum + r.trips, 0);
    expect(reported).toBe(expected.reduce((sum, e) => sum + e.trips, 0));
  });

  it('streams the same rows as CSV, and filters by plaza', async () => {
    const json = (await get(`revenue?from=${from}&to=${to}&plaza=N1`)).json();
    const code = json.rows[0]?.plazaCode ?? 'N1';
    const csv = await get(`revenue.csv?from=${from}&to=${to}&plaza=${code}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'day,plaza,plaza_name,trips,revenue_cents,tag_reads,plate_reads,review_reads',
    );
    expect(lines).toHaveLength(json.rows.length + 1);
    expect(lines.slice(1).every((line) => line.split(',')[1] === code)).toBe(true);
  });

  it('refuses an inverted range', async () => {
    expect((await get(`revenue?from=${to}&to=${from}`)).statusCode).toBe(400);
    expect((await get(`revenue`, 'agent1')).statusCode).toBe(403);
  });
});

describe('reconciliation per plaza and day', () => {
  const day = new Date(testAsOf.getTime() - 86_400_000).toISOString().slice(0, 10);
  it('places every received read and flags the one it cannot explain', async () => {
    const trips = await db().query<{
      event_id: string;
      code: string;
      occurred_at: Date;
      tag_no: string | null;
      plate: string | null;
      jurisdiction: string | null;
      status: string;
      amount_cents: number | null;
    }>(
      `select t.event_id, p.code, t.occurred_at, t.tag_no, t.plate, t.jurisdiction, t.status,
              t.amount_cents
       from trips t join plazas p on p.id = t.plaza_id
       where p.id = (select plaza_id from trips group by plaza_id order by count(*) desc limit 1)
         and (t.occurred_at at time zone p.time_zone)::date = $1
       order by t.occurred_at`,
      [day],
    );
    const posted = trips.filter((t) => t.status !== 'review' && t.tag_no !== null).slice(0, 3);
    const review = trips.filter((t) => t.status === 'review').slice(0, 1);
    const byPlate = trips.find((t) => t.status !== 'review' && t.tag_no === null && t.plate);
    expect(posted).toHaveLength(3);
    expect(byPlate).toBeDefined();
    const { code } = posted[0];
    const at = (ms: number) => new Date(posted[0].occurred_at.getTime() + ms).toISOString();
    const event = (
      eventId: string,
      occurredAt: string,
      tagId?: string | null,
      plate?: { jurisdiction: string; text: string; confidence: number },
    ) => ({
      schema: 'trip.v1',
      eventId,
      plazaId: code,
      occurredAt,
      ...(tagId ? { tagId } : {}),
      ...(plate ? { plate } : {}),
    });
    const platePassage = new Date(byPlate!.occurred_at.getTime() + 15_000).toISOString();
    // The plate as a camera reads it: lower case, spaced; the processor normalises it.
    const camera = {
      jurisdiction: byPlate!.jurisdiction!.toLowerCase(),
      text: `${byPlate!.plate!.slice(0, 3).toLowerCase()} ${byPlate!.plate!.slice(3)}`,
      confidence: 0.97,
    };
    const reads = [
      ...posted.map((t) => event(t.event_id, t.occurred_at.toISOString(), t.tag_no)),
      ...review.map((t) => event(t.event_id, t.occurred_at.toISOString(), t.tag_no)),
      event(posted[0].event_id, posted[0].occurred_at.toISOString(), posted[0].tag_no), // retry
      event('second-antenna-1', at(20_000), posted[0].tag_no), // another antenna, 20 s later
      event('second-camera-1', platePassage, null, camera), // a plate passage read twice
      event('rejected-1', at(1_000)), // in the dead letters
      event('lost-1', at(2_000)), // nowhere: the unexplained difference
    ];
    for (const statement of createEventLogTables.split(';').filter((s) => s.trim())) {
      await db().query(statement);
    }
    await db().query(
      `insert into event_log_topics (topic, next_offset) values ('trips.raw', $1)
       on conflict (topic) do nothing`,
      [reads.length + 1],
    );
    for (const [offset, read] of reads.entries()) {
      await db().query(
        `insert into event_log_records (topic, "offset", value) values ('trips.raw', $1, $2)`,
        [offset, Buffer.from(JSON.stringify(read))],
      );
    }
    // The processor has consumed all but the last read: that one is on its way, not missing.
    await db().query(
      `insert into event_log_records (topic, "offset", value) values ('trips.raw', $1, $2)`,
      [reads.length, Buffer.from(JSON.stringify(event('in-flight-1', at(3_000))))],
    );
    await db().query(
      `insert into event_log_offsets (group_id, topic, partition, next_offset)
       values ('trip-processor', 'trips.raw', 0, $1)`,
      [reads.length],
    );
    await db().query(
      `insert into dead_letters (topic, payload, reason)
       values ('trips.raw', '{"eventId":"rejected-1","dedupeKey":"rejected-1"}', 'too_old: test')`,
    );
    const response = await get(`reconciliation?from=${day}&to=${day}&plaza=${code}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().rows).toEqual([
      {
        day,
        plazaCode: code,
        received: reads.length,
        posted: 3,
        inReview: review.length,
        deadLetters: 1,
        duplicates: 3,
        difference: 1,
        postedCents: posted.reduce((sum, t) => sum + (t.amount_cents ?? 0), 0),
      },
    ]);
    const csv = await get(`reconciliation.csv?from=${day}&to=${day}&plaza=${code}`);
    expect(csv.body.split('\r\n')[1]).toBe(
      `${day},${code},${reads.length},3,${review.length},1,3,1,${response.json().rows[0].postedCents}`,
    );
  });
});

describe('receivables aging', () => {
  it('puts each open invoice in its age bucket and stage with what it still asks for', async () => {
    const raw = await db().query<{ stage: string; age: number; cents: number }>(
      `select i.stage, extract(day from ($1::timestamptz - i.issued_at))::int as age,
              coalesce((select sum(amount_cents) from invoice_lines l where l.invoice_id = i.id), 0)::int as cents
       from invoices i where i.status = 'open'`,
      [`${to}T23:59:59.999Z`],
    );
    expect(raw.length).toBeGreaterThan(0);
    const expected = new Map<string, { invoices: number; amountCents: number }>();
    for (const invoice of raw) {
      const bucket =
        invoice.age <= 30
          ? '0-30'
          : invoice.age <= 60
            ? '31-60'
            : invoice.age <= 90
              ? '61-90'
              : '90+';
      const key = `${bucket}|${invoice.stage}`;
      const sum = expected.get(key) ?? { invoices: 0, amountCents: 0 };
      expected.set(key, {
        invoices: sum.invoices + 1,
        amountCents: sum.amountCents + invoice.cents,
      });
    }
    const body = (await get(`aging?asOf=${to}`)).json();
    const reported = new Map(
      body.rows.map(
        (r: { bucket: string; stage: string; invoices: number; amountCents: number }) => [
          `${r.bucket}|${r.stage}`,
          { invoices: r.invoices, amountCents: r.amountCents },
        ],
      ),
    );
    expect(reported).toEqual(expected);
  });
});

describe('SLA breaches', () => {
  it('lists the cases that missed a deadline in the range, and only those', async () => {
    const now = new Date();
    const day = (ms: number) => new Date(now.getTime() - ms).toISOString().slice(0, 10);
    const [from, to] = [day(10 * 86_400_000), day(0)];
    const [{ expected }] = await db().query<{ expected: number }>(
      `select count(*)::int as expected from cases
       where sla_due_at >= $1::date and sla_due_at < $2::date + 1
         and coalesce(closed_at, $3::timestamptz) > sla_due_at`,
      [from, to, now.toISOString()],
    );
    const [{ id }] = await db().query<{ id: number }>(
      `insert into cases (kind, subject, status, sla_due_at, closed_at, outcome)
       values ('inquiry', 'Closed in time', 'closed', $1, $2, 'withdrawn') returning id::int as id`,
      [`${to}T12:00:00Z`, `${to}T11:00:00Z`],
    );
    const [{ id: late }] = await db().query<{ id: number }>(
      `insert into cases (kind, subject, status, sla_due_at)
       values ('dispute', 'Still open, three days late', 'open', $1) returning id::int as id`,
      [new Date(now.getTime() - 3.5 * 86_400_000).toISOString()],
    );
    const body = (await get(`sla-breaches?from=${from}&to=${to}`)).json();
    expect(body.rows).toHaveLength(expected + 1);
    expect(body.rows).toContainEqual(
      expect.objectContaining({ caseId: String(late), status: 'open', daysLate: 3 }),
    );
    expect(body.rows.map((r: { caseId: string }) => r.caseId)).not.toContain(String(id));
    for (const row of body.rows) {
      const end = row.closedAt ? Date.parse(row.closedAt) : now.getTime();
      expect(end).toBeGreaterThan(Date.parse(row.slaDueAt));
      expect(row.daysLate).toBe(Math.floor((end - Date.parse(row.slaDueAt)) / 86_400_000));
    }
  });
});

describe('agent productivity', () => {
  it("counts each agent's audited actions, reviews, corrections and closed cases", async () => {
    const day = new Date().toISOString().slice(0, 10);
    const before = await get(`agent-productivity?from=${day}&to=${day}`);
    const agent1 = (body: { rows: AgentProductivityRow[] }) =>
      body.rows.find((r) => r.username === 'agent1');
    const start = agent1(before.json());
    expect(start).toBeDefined();
    const audit = (action: string) =>
      db().query(
        `insert into audit_log (actor_id, actor_username, action, entity_type, entity_id)
         values ((select id from users where username = 'agent1'), 'agent1', $1, 'trip', '1')`,
        [action],
      );
    await audit('trip.review_confirmed');
    await audit('trip.review_corrected');
    await audit('note.added');
    await db().query(
      `insert into cases (kind, subject, status, sla_due_at, closed_at, outcome, owner_id)
       values ('inquiry', 'Answered', 'closed', now() + interval '1 day', now(), 'withdrawn',
               (select id from users where username = 'agent1'))`,
    );
    const after = agent1((await get(`agent-productivity?from=${day}&to=${day}`)).json());
    expect(after).toEqual({
      ...start,
      actions: start!.actions + 3,
      notes: start!.notes + 1,
      reviews: start!.reviews + 2,
      corrections: start!.corrections + 1,
      casesClosed: start!.casesClosed + 1,
    });
  });
});

describe('csvLine', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvLine(['a,b', 'say "hi"', 12, null, '=1+1'])).toBe(`"a,b","say ""hi""",12,,'=1+1\r\n`);
  });
});
