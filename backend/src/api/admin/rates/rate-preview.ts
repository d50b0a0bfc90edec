/**
 * Answers before publishing: what a trip would cost at a time (the calculator) and what the last
 * N days of real trips would have brought in under a draft (the what-if). Both price with the
 * domain's rateTrip with the holidays in force at each trip's time, exactly as the processor does.
 */
import type { Database } from '../../../adapters/database/database.ts';
import { rateTrip } from '../../../domain/index.ts';
import type {
  ConfigVersion,
  RateKind,
  RateScheduleVersion,
  RatingResult,
} from '../../../domain/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { configurationKeys } from '../../../seed/configuration-defaults.ts';
import { holidaysAt } from '../../../stream/trip-pricing.ts';
import { loadVersions, plazaZone, type PlazaZone } from './schedule-versions.ts';

/** Every version of the holidays rule: the preview reads the one in force at each trip's time. */
async function holidayVersions(database: Database): Promise<ConfigVersion[]> {
  const rows = await database.query<{ value: unknown; effective_from: Date; id: unknown }>(
    'select value, effective_from, id from configuration where key = $1',
    [configurationKeys.holidays],
  );
  return rows.map((row) => ({
    key: configurationKeys.holidays,
    value: row.value,
    effectiveFrom: new Date(row.effective_from),
    revision: Number(row.id),
  }));
}

export interface TripQuestion {
  readonly plazaId: number;
  readonly vehicleClass: number;
  readonly readKind: RateKind;
  readonly at: Date;
  /** Price under this draft as if it were in force, instead of the published versions. */
  readonly scheduleId?: number;
}

/** The calculator: the price of one trip, with the version, band and local time that set it. */
export async function priceTrip(
  database: Database,
  question: TripQuestion,
): Promise<{ plaza: PlazaZone; result: RatingResult; version: number | null }> {
  const plaza = await plazaZone(database.db, question.plazaId);
  if (!plaza) throw notFound(`No plaza ${question.plazaId}.`);
  const versions = await loadVersions(database.db, { plazaId: question.plazaId });
  const candidates =
    question.scheduleId === undefined ? versions : asInForce(versions, question.scheduleId);
  const result = rateTrip(
    { plazaId: String(plaza.id), occurredAt: question.at, vehicleClass: question.vehicleClass },
    candidates,
    plaza.timeZone,
    holidaysAt(await holidayVersions(database), question.at),
    question.readKind,
  );
  const version =
    result.kind === 'rated'
      ? (versions.find((v) => v.id === result.explanation.scheduleVersionId)?.version ?? null)
      : null;
  return { plaza, result, version };
}

/** The one version, treated as published since the beginning of time. */
function asInForce(versions: readonly RateScheduleVersion[], scheduleId: number) {
  const draft = versions.find((v) => v.id === String(scheduleId));
  if (!draft) throw notFound(`No rate schedule ${scheduleId} at this plaza.`);
  return [{ ...draft, status: 'published' as const, effectiveFrom: new Date(0) }];
}

export interface WhatIfPlaza {
  readonly plazaId: string;
  readonly code: string;
  readonly name: string;
  readonly trips: number;
  readonly currentCents: number;
  readonly draftCents: number;
  readonly differenceCents: number;
  /** Trips the draft cannot price (a class or band it lacks). */
  readonly unratedUnderDraft: number;
}

interface TripGroup {
  plaza_id: unknown;
  vehicle_class: number;
  rate_kind: RateKind;
  minute: Date;
  trips: unknown;
}

/**
 * Replays the rated trips of the draft's plaza over the last `days` days under the draft and under
 * the versions that actually applied. Trips are grouped by class, rate kind and minute (the finest
 * grain a band can depend on), so the work grows with distinct minutes, not with trips.
 */
export async function whatIf(
  database: Database,
  scheduleId: number,
  days: number,
  now: Date,
): Promise<{ from: Date; to: Date; plazas: WhatIfPlaza[] }> {
  const [draft] = await loadVersions(database.db, { scheduleId });
  if (!draft) throw notFound(`No rate schedule ${scheduleId}.`);
  const plaza = await plazaZone(database.db, Number(draft.plazaId));
  if (!plaza) throw notFound(`No plaza ${draft.plazaId}.`);
  const published = await loadVersions(database.db, { plazaId: plaza.id });
  const underDraft = asInForce([draft], scheduleId);
  const from = new Date(now.getTime() - days * 86_400_000);
  const groups = await database.query<TripGroup>(
    `select plaza_id, vehicle_class, rate_explanation->>'rate' as rate_kind,
            date_trunc('minute', occurred_at) as minute, count(*) as trips
     from trips
     where plaza_id = $1 and occurred_at >= $2 and occurred_at < $3 and amount_cents is not null
       and rate_explanation->>'rate' in ('tag', 'plate')
     group by 1, 2, 3, 4`,
    [plaza.id, from.toISOString(), now.toISOString()],
  );
  const holidayRule = await holidayVersions(database);
  const total = { trips: 0, currentCents: 0, draftCents: 0, unratedUnderDraft: 0 };
  for (const group of groups) {
    const count = Number(group.trips);
    const trip = {
      plazaId: String(plaza.id),
      occurredAt: new Date(group.minute),
      vehicleClass: Number(group.vehicle_class),
    };
    const holidays = holidaysAt(holidayRule, trip.occurredAt);
    const current = rateTrip(trip, published, plaza.timeZone, holidays, group.rate_kind);
    const proposed = rateTrip(trip, underDraft, plaza.timeZone, holidays, group.rate_kind);
    total.trips += count;
    if (current.kind === 'rated') total.currentCents += current.amountCents * count;
    if (proposed.kind === 'rated') total.draftCents += proposed.amountCents * count;
    else total.unratedUnderDraft += count;
  }
  return {
    from,
    to: now,
    plazas: [
      {
        plazaId: String(plaza.id),
        code: plaza.code,
        name: plaza.name,
        ...total,
        differenceCents: total.draftCents - total.currentCents,
      },
    ],
  };
}
