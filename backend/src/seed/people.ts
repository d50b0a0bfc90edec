import type { Role } from '../adapters/database/schema/index.ts';
import { adjustmentReasons } from './demo-catalog.ts';
import type { LedgerBook } from './ledger-book.ts';
import type { Population } from './population.ts';
import type { SeededRandom } from './random.ts';
import type { Row, RowSink } from './row-sink.ts';

const dayMs = 86_400_000;

/** Everyone signs in with this password in the demo (printed by `npm start`). */
export const demoPassword = 'beaus-demo';

interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  team?: string;
  accountId?: number;
}

export const staffUsers: readonly DemoUser[] = [
  {
    username: 'agent1',
    displayName: 'Alex Rivera',
    roles: ['agent'],
    team: 'Austin contact centre',
  },
  {
    username: 'agent2',
    displayName: 'Jordan Lee',
    roles: ['agent'],
    team: 'Austin contact centre',
  },
  { username: 'agent3', displayName: 'Sam Okafor', roles: ['agent'], team: 'Image review' },
  {
    username: 'super1',
    displayName: 'Morgan Patel',
    roles: ['supervisor'],
    team: 'Austin contact centre',
  },
  { username: 'super2', displayName: 'Casey Nguyen', roles: ['supervisor'], team: 'Image review' },
  { username: 'admin1', displayName: 'Taylor Schmidt', roles: ['admin'], team: 'Operations' },
];

/** Staff ids are fixed so other seeded rows can name who did what. */
export const userIds = { agent1: 1, agent2: 2, super1: 4 } as const;

/** Staff, then the demo customers customer1 and customer2 on prepaid accounts 1 and 2. */
export async function seedUsers(
  sink: RowSink,
  population: Population,
  hashFor: (username: string) => Promise<string>,
): Promise<void> {
  const customers: DemoUser[] = [1, 2].map((accountId) => ({
    username: `customer${accountId}`,
    displayName: population.primaryNames.get(accountId) ?? `Customer ${accountId}`,
    roles: ['customer'],
    accountId,
  }));
  const rows: Row[] = [];
  for (const [index, user] of [...staffUsers, ...customers].entries()) {
    rows.push({
      id: index + 1,
      username: user.username,
      display_name: user.displayName,
      email: `${user.username}@beaus.example`,
      password_hash: await hashFor(user.username),
      roles: user.roles,
      team: user.team ?? null,
      account_id: user.accountId ?? null,
      disabled: false,
    });
  }
  await sink.write('users', rows);
}

/**
 * Back-office history: applied goodwill credits, adjustments waiting for a supervisor (above the
 * agent limit), open disputes on a recent trip, and the notes agents left.
 */
export async function seedCasework(
  sink: RowSink,
  random: SeededRandom,
  context: { population: Population; ledger: LedgerBook; lastTripOf: Int32Array; asOf: Date },
): Promise<void> {
  const { population, ledger, lastTripOf, asOf } = context;
  const adjustments: Row[] = [];
  const cases: Row[] = [];
  const notes: Row[] = [];
  for (let accountId = 3; accountId <= population.accountCount; accountId += 37) {
    if (population.accountType[accountId] === 1) continue;
    const applied = random.chance(0.6);
    const at = new Date(asOf.getTime() - random.int(1, 60) * dayMs);
    const id = adjustments.length + 1;
    const amountCents = applied ? random.int(1, 40) * 100 : random.int(51, 150) * 100;
    adjustments.push({
      id,
      account_id: accountId,
      trip_id: null,
      amount_cents: amountCents,
      reason_code: random.pick(adjustmentReasons),
      note: applied ? 'Customer called about a charge; credited as goodwill.' : 'Above my limit.',
      status: applied ? 'applied' : 'pending',
      requested_by: applied ? userIds.agent1 : userIds.agent2,
      decided_by: applied ? userIds.agent1 : null,
      decided_at: applied ? at : null,
      created_at: at,
    });
    if (applied) ledger.applyAdjustment(accountId, id, amountCents, at);
    notes.push(
      noteRow(notes.length + 1, accountId, null, applied ? userIds.agent1 : userIds.agent2, at),
    );
  }
  for (let accountId = 5; accountId <= population.accountCount; accountId += 53) {
    const tripId = lastTripOf[accountId];
    if (tripId === 0) continue;
    const id = cases.length + 1;
    const openedAt = new Date(asOf.getTime() - random.int(0, 12) * dayMs);
    cases.push({
      id,
      account_id: accountId,
      kind: 'dispute',
      trip_ids: [tripId],
      invoice_id: null,
      subject: 'Customer says this trip is not theirs',
      status: random.pick(['open', 'in_progress']),
      owner_id: userIds.agent1,
      opened_by: userIds.agent2,
      sla_due_at: new Date(openedAt.getTime() + 10 * dayMs),
      outcome: null,
      closed_at: null,
      created_at: openedAt,
    });
    notes.push(noteRow(notes.length + 1, accountId, id, userIds.agent2, openedAt));
  }
  await sink.write('adjustments', adjustments);
  await ledger.flush(sink);
  await sink.write('cases', cases);
  await sink.write('notes', notes);
}

function noteRow(
  id: number,
  accountId: number,
  caseId: number | null,
  authorId: number,
  at: Date,
): Row {
  const body = caseId
    ? 'Caller disputes a trip; opened a case and asked for the plate image.'
    : 'Verified caller by PIN; explained recent charges.';
  return { id, account_id: accountId, case_id: caseId, author_id: authorId, body, created_at: at };
}
