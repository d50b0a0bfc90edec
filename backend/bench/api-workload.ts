/**
 * What the API benchmark asks for, drawn from the data in the database: search texts of every
 * kind an agent types (plate as a caller says it, name, account no., tag, e-mail), account views
 * (header + first trips page), and dashboard reads over the latest hour of the minute rollup.
 */
import type { Database } from '../src/adapters/database/database.ts';

export type SearchKind = 'plate' | 'name' | 'accountNo' | 'tag' | 'email';
export const searchKinds: readonly SearchKind[] = ['plate', 'name', 'accountNo', 'tag', 'email'];

interface SampleRow {
  id: string;
  account_no: string;
  full_name: string | null;
  email: string | null;
  plate: string | null;
  tag_no: string | null;
}

/** A small deterministic generator (mulberry32), so two runs ask for the same accounts. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Up to `size` accounts picked at random across the whole id range, with their identifiers. */
export async function sampleAccounts(database: Database, size: number): Promise<SampleRow[]> {
  const [range] = await database.query<{ low: string | null; high: string | null }>(
    'select min(id)::text as low, max(id)::text as high from accounts',
  );
  if (!range?.low || !range.high) throw new Error('No accounts: seed the database first');
  const low = Number(range.low);
  const span = Number(range.high) - low + 1;
  const random = randomFrom(4);
  const ids = Array.from({ length: size }, () => low + Math.floor(random() * span));
  return database.query<SampleRow>(
    `select a.id::text as id, a.account_no, c.full_name, c.email,
       (select v.plate from vehicles v where v.account_id = a.id and v.end_date is null
        order by v.id limit 1) as plate,
       (select t.tag_no from tags t where t.account_id = a.id order by t.id limit 1) as tag_no
     from accounts a left join contacts c on c.account_id = a.id and c.is_primary
     where a.id = any($1::bigint[])
     order by a.id`,
    [ids],
  );
}

/** A plate as a caller reads it out: lower case with a dash in the middle. */
function spokenPlate(plate: string): string {
  const middle = Math.ceil(plate.length / 2);
  return `${plate.slice(0, middle)}-${plate.slice(middle)}`.toLowerCase();
}

function searchText(row: SampleRow, kind: SearchKind): string | null {
  switch (kind) {
    case 'plate':
      return row.plate ? spokenPlate(row.plate) : null;
    case 'name':
      return row.full_name;
    case 'accountNo':
      return row.account_no;
    case 'tag':
      return row.tag_no;
    case 'email':
      return row.email;
  }
}

/** Search requests cycling through the kinds, one account each. */
export function searchUnits(rows: readonly SampleRow[]): string[][] {
  const units: string[][] = [];
  rows.forEach((row, index) => {
    const kind = searchKinds[index % searchKinds.length] as SearchKind;
    const text = searchText(row, kind) ?? row.account_no;
    units.push([`/api/agent/accounts?q=${encodeURIComponent(text)}&page=1&pageSize=25`]);
  });
  return units;
}

/** The account view as the agent app opens it: header and first trips page together. */
export function accountViewUnits(rows: readonly SampleRow[]): string[][] {
  return rows.map((row) => [
    `/api/agent/accounts/${row.id}`,
    `/api/agent/accounts/${row.id}/trips?page=1&pageSize=25`,
  ]);
}

/**
 * The hour of traffic the rollup ends with (seeded history ends at the seed's as-of time, which
 * may be hours ago), so the dashboard draws full minutes rather than an empty recent hour.
 */
export async function latestTrafficHour(database: Database): Promise<{ from: Date; to: Date }> {
  const [row] = await database.query<{ latest: Date | string | null }>(
    `select max(minute) as latest from plaza_minute_stats`,
  );
  const to = row?.latest ? new Date(new Date(row.latest).getTime() + 60_000) : new Date();
  return { from: new Date(to.getTime() - 3_600_000), to };
}

/** The wall screen's network view, and one drill-down to a plaza in four reads. */
export async function dashboardUnits(
  database: Database,
  range: { from: Date; to: Date },
): Promise<string[][]> {
  const plazas = await database.query<{ code: string }>('select code from plazas order by code');
  const base = `/api/supervisor/dashboard?from=${range.from.toISOString()}&to=${range.to.toISOString()}`;
  const units: string[][] = [];
  for (const plaza of plazas) {
    units.push([base], [base], [base], [`${base}&plaza=${encodeURIComponent(plaza.code)}`]);
  }
  return units.length > 0 ? units : [[base]];
}

/**
 * The supervisor's reports over the whole history the rollups hold (up to 90 days before the
 * latest traffic): revenue by plaza and day, traffic by class and hour and its CSV, aging.
 */
export async function reportUnits(database: Database): Promise<string[][]> {
  const { to } = await latestTrafficHour(database);
  const last = to.toISOString().slice(0, 10);
  const first = new Date(to.getTime() - 89 * 86_400_000).toISOString().slice(0, 10);
  const range = `from=${first}&to=${last}`;
  return [
    [`/api/supervisor/reports/revenue?${range}`],
    [`/api/supervisor/reports/traffic?${range}`],
    [`/api/supervisor/reports/traffic.csv?${range}`],
    [`/api/supervisor/reports/aging?asOf=${last}`],
  ];
}
