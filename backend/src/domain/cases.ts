/**
 * Cases (BRIEF §2 Disputes): a dispute, inquiry or hardship request on an account, with an SLA
 * clock, an owner, notes and an outcome. Pure: the caller passes `now` and the configured days.
 */

export type CaseKind = 'dispute' | 'inquiry' | 'hardship';
export type CaseStatus = 'open' | 'in_progress' | 'resolved' | 'closed';
export type CaseOutcome = 'upheld' | 'denied' | 'withdrawn';

const dayMs = 86_400_000;

/** Days to resolve each kind; a kind the rule does not list takes the general `defaultDays`. */
export function slaDaysFor(
  kind: CaseKind,
  byKind: Readonly<Partial<Record<CaseKind, number>>> | null,
  defaultDays: number,
): number {
  const days = byKind?.[kind];
  return typeof days === 'number' && Number.isSafeInteger(days) && days > 0 ? days : defaultDays;
}

/** The SLA clock starts when the case is opened and runs in calendar days. */
export function slaDueAt(openedAt: Date, slaDays: number): Date {
  return new Date(openedAt.getTime() + slaDays * dayMs);
}

export function isCaseOpen(status: CaseStatus): boolean {
  return status === 'open' || status === 'in_progress';
}

/** Still being worked after its due time; a closed case is never overdue. */
export function isOverdue(status: CaseStatus, dueAt: Date, now: Date): boolean {
  return isCaseOpen(status) && dueAt.getTime() < now.getTime();
}

/** Why a case cannot be worked, or null when it can (assign, add a note, close). */
export function caseWorkRefusal(status: CaseStatus): string | null {
  return isCaseOpen(status) ? null : `the case is ${status}; it can no longer be worked`;
}

export interface DisputedTrip {
  readonly tripId: string;
  readonly status: string;
  /** What the trip's ledger entry took from the balance, positive cents. */
  readonly chargedCents: number;
}

export interface UpheldDisputeCredit {
  /** Posted trips to reverse, each credited what it was charged. */
  readonly reversals: readonly { readonly tripId: string; readonly creditCents: number }[];
  readonly totalCents: number;
  /** Above the agent limit only a supervisor may credit it (BRIEF: reversals need a lead). */
  readonly needsSupervisor: boolean;
}

/**
 * An upheld dispute puts the money right: every disputed trip still posted is reversed for what
 * it was charged. Trips already reversed, or not on the ledger (unbilled, invoiced), credit nothing.
 */
export function upheldDisputeCredit(
  trips: readonly DisputedTrip[],
  agentLimitCents: number,
  isSupervisor: boolean,
): UpheldDisputeCredit {
  const reversals = trips
    .filter((trip) => trip.status === 'posted')
    .map((trip) => ({ tripId: trip.tripId, creditCents: Math.max(0, trip.chargedCents) }));
  const totalCents = reversals.reduce((sum, r) => sum + r.creditCents, 0);
  return { reversals, totalCents, needsSupervisor: !isSupervisor && totalCents > agentLimitCents };
}
