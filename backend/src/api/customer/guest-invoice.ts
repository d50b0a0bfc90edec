import type { Database } from '../../adapters/database/database.ts';
import { daysSinceIssue } from '../../domain/escalation.ts';
import { normalisePlateText } from '../../domain/plate.ts';
import { escalationLadderAt } from '../../billing/billing-configuration.ts';

const dayMs = 86_400_000;

export interface GuestInvoiceLine {
  id: string;
  kind: string;
  description: string;
  amountCents: number;
  /** The configuration rule that added a fee; null on a toll. */
  ruleRef: string | null;
  trip: {
    id: string;
    occurredAt: string;
    plazaName: string;
    plazaCode: string;
    timeZone: string;
    vehicleClass: number;
    /** How the toll was rated: schedule version, day type, band, class, tag or plate rate. */
    rate: { band: string; dayType: string; rate: string; rateCents: number } | null;
    hasPhoto: boolean;
  } | null;
}

export interface GuestInvoice {
  id: number;
  invoiceNo: string;
  plate: string;
  jurisdiction: string;
  status: string;
  stage: string;
  issuedAt: string;
  dueAt: string;
  /** Always the sum of `lines`. */
  totalCents: number;
  /** What is owed now: the total while open, zero once paid or void. */
  amountDueCents: number;
  lines: GuestInvoiceLine[];
  /** "Pay by DATE to avoid FEE": the next step of the ladder, or null when none is ahead. */
  nextFee: { payBy: string; feeCents: number; stage: string } | null;
}

interface InvoiceRow {
  id: string;
  invoice_no: string;
  plate: string;
  jurisdiction: string;
  status: string;
  stage: string;
  issued_at: Date | string;
  due_at: string;
}

interface LineRow {
  id: string;
  kind: string;
  description: string;
  amount_cents: string | number;
  rule_ref: string | null;
  trip_id: string | null;
  occurred_at: Date | string | null;
  plaza_name: string | null;
  plaza_code: string | null;
  time_zone: string | null;
  vehicle_class: number | null;
  rate_explanation: { band: string; dayType: string; rate: string; rateCents: number } | null;
  image_count: number | null;
}

/**
 * The invoice with this number whose plate matches, or null. A wrong plate and an unknown number
 * look the same to the caller, so guessing numbers reveals nothing.
 */
export async function findGuestInvoice(
  database: Database,
  invoiceNo: string,
  plateText: string,
  now: Date,
): Promise<GuestInvoice | null> {
  const plate = normalisePlateText(plateText);
  const [invoice] = await database.query<InvoiceRow>(
    `select id::text, invoice_no, plate, jurisdiction, status, stage, issued_at, due_at::text
     from invoices where invoice_no = $1 and plate = $2`,
    [invoiceNo.trim().toUpperCase(), plate],
  );
  if (!invoice || plate === '') return null;
  const lines = await database.query<LineRow>(
    `select l.id::text, l.kind, l.description, l.amount_cents, l.rule_ref, l.trip_id::text,
            t.occurred_at, p.name as plaza_name, p.code as plaza_code, p.time_zone,
            t.vehicle_class, t.rate_explanation, cardinality(t.image_keys) as image_count
     from invoice_lines l
     left join trips t on t.id = l.trip_id
     left join plazas p on p.id = t.plaza_id
     where l.invoice_id = $1 and l.waived_at is null
     order by l.kind <> 'trip', t.occurred_at, l.id`,
    [invoice.id],
  );
  const shown = lines.map(toLine);
  const totalCents = shown.reduce((sum, line) => sum + line.amountCents, 0);
  const issuedAt = new Date(invoice.issued_at);
  return {
    id: Number(invoice.id),
    invoiceNo: invoice.invoice_no,
    plate: invoice.plate,
    jurisdiction: invoice.jurisdiction,
    status: invoice.status,
    stage: invoice.stage,
    issuedAt: issuedAt.toISOString(),
    dueAt: invoice.due_at,
    totalCents,
    amountDueCents: invoice.status === 'open' ? totalCents : 0,
    lines: shown,
    nextFee: invoice.status === 'open' ? await nextFeeOf(database, issuedAt, now) : null,
  };
}

function toLine(row: LineRow): GuestInvoiceLine {
  const trip =
    row.trip_id === null
      ? null
      : {
          id: row.trip_id,
          occurredAt: new Date(row.occurred_at ?? 0).toISOString(),
          plazaName: row.plaza_name ?? '',
          plazaCode: row.plaza_code ?? '',
          timeZone: row.time_zone ?? 'UTC',
          vehicleClass: row.vehicle_class ?? 0,
          rate: row.rate_explanation
            ? {
                band: row.rate_explanation.band,
                dayType: row.rate_explanation.dayType,
                rate: row.rate_explanation.rate,
                rateCents: row.rate_explanation.rateCents,
              }
            : null,
          hasPhoto: (row.image_count ?? 0) > 0,
        };
  return {
    id: row.id,
    kind: row.kind,
    description: row.description,
    amountCents: Number(row.amount_cents),
    ruleRef: row.rule_ref,
    trip,
  };
}

/** The first ladder stage still ahead that adds a fee: pay the day before it is reached. */
async function nextFeeOf(database: Database, issuedAt: Date, now: Date) {
  const ladder = await escalationLadderAt(database, now);
  const days = daysSinceIssue({ issuedAt }, now);
  const next = ladder.stages.find((stage) => stage.afterDays > days && stage.feeCents > 0);
  if (!next) return null;
  const payBy = new Date(issuedAt.getTime() + (next.afterDays - 1) * dayMs);
  return { payBy: payBy.toISOString().slice(0, 10), feeCents: next.feeCents, stage: next.key };
}

/** The evidence image key of a trip on this invoice; null when the trip is not on it. */
export async function invoiceTripImageKey(
  database: Database,
  invoiceId: number,
  tripId: string,
): Promise<string | null> {
  if (!/^\d{1,18}$/.test(tripId)) return null;
  const [row] = await database.query<{ key: string | null }>(
    `select t.image_keys[1] as key from invoice_lines l join trips t on t.id = l.trip_id
     where l.invoice_id = $1 and l.trip_id = $2`,
    [invoiceId, tripId],
  );
  return row?.key ?? null;
}
