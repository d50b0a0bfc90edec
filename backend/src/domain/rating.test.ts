import fc from 'fast-check';
import { cents } from './money.ts';
import { localTimeAt, rateTrip } from './rating.ts';
import type { RateEntry, RateScheduleVersion } from './rate-schedule.ts';

const NY = 'America/New_York';
const noHolidays = new Set<string>();

function band(
  dayType: RateEntry['dayType'],
  start: number,
  end: number,
  tag: number,
  plate: number,
): RateEntry {
  return {
    vehicleClass: 2,
    dayType,
    startMinute: start,
    endMinute: end,
    tagRateCents: cents(tag),
    plateRateCents: cents(plate),
  };
}

// Weekday peak 07:00–09:00 local; a flat weekend; a holiday rate below the weekend one.
const v2026: RateScheduleVersion = {
  id: 'sched-2026',
  plazaId: 'P1',
  effectiveFrom: new Date('2026-01-01T05:00:00Z'),
  status: 'published',
  entries: [
    band('weekday', 0, 420, 200, 300),
    band('weekday', 420, 540, 350, 500),
    band('weekday', 540, 1440, 200, 300),
    band('weekend', 0, 1440, 150, 225),
  ],
};
const v2025: RateScheduleVersion = {
  ...v2026,
  id: 'sched-2025',
  effectiveFrom: new Date('2025-01-01T05:00:00Z'),
  entries: v2026.entries.map((e) => ({
    ...e,
    tagRateCents: cents(e.tagRateCents - 50),
    plateRateCents: cents(e.plateRateCents - 50),
  })),
};
const versions = [v2025, v2026];

function rate(iso: string, kind: 'tag' | 'plate' = 'tag', holidays = noHolidays, vehicleClass = 2) {
  return rateTrip(
    { plazaId: 'P1', occurredAt: new Date(iso), vehicleClass },
    versions,
    NY,
    holidays,
    kind,
  );
}

describe('localTimeAt', () => {
  it('gives the wall clock of the zone, across daylight saving', () => {
    expect(localTimeAt(new Date('2026-01-14T12:30:00Z'), NY)).toEqual({
      date: '2026-01-14',
      minuteOfDay: 450,
      weekend: false,
    });
    expect(localTimeAt(new Date('2026-07-14T11:30:00Z'), NY)).toEqual({
      date: '2026-07-14',
      minuteOfDay: 450,
      weekend: false,
    });
  });

  it('shows midnight as minute 0 on the local date', () => {
    expect(localTimeAt(new Date('2026-03-07T05:00:00Z'), NY)).toEqual({
      date: '2026-03-07',
      minuteOfDay: 0,
      weekend: true,
    });
  });

  it('refuses an unknown zone', () => {
    expect(() => localTimeAt(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('rateTrip', () => {
  it('charges the peak band by the plaza local time, not UTC', () => {
    // 12:30 UTC is 07:30 in New York in winter: peak. 08:30 UTC would be 03:30 local: off-peak.
    const peak = rate('2026-01-14T12:30:00Z');
    expect(peak).toEqual({
      kind: 'rated',
      amountCents: 350,
      explanation: {
        scheduleVersionId: 'sched-2026',
        band: { dayType: 'weekday', startMinute: 420, endMinute: 540, label: '07:00–09:00' },
        dayType: 'weekday',
        localTime: '2026-01-14T07:30',
        timeZone: NY,
        rateKind: 'tag',
        vehicleClass: 2,
      },
    });
    expect(rate('2026-01-14T08:30:00Z')).toMatchObject({ amountCents: 200 });
  });

  it('follows daylight saving: 07:30 local is peak in summer too', () => {
    expect(rate('2026-07-14T11:30:00Z')).toMatchObject({
      amountCents: 350,
      explanation: { localTime: '2026-07-14T07:30' },
    });
  });

  it('takes the band end as exclusive', () => {
    expect(rate('2026-01-14T14:00:00Z')).toMatchObject({ amountCents: 200 }); // 09:00 local
    expect(rate('2026-01-14T13:59:00Z')).toMatchObject({ amountCents: 350 }); // 08:59 local
  });

  it('charges the plate rate for a plate read', () => {
    expect(rate('2026-01-14T12:30:00Z', 'plate')).toMatchObject({
      amountCents: 500,
      explanation: { rateKind: 'plate' },
    });
  });

  it('decides weekday or weekend by the local date, not the UTC one', () => {
    // Friday 23:30 local = Saturday 04:30 UTC: still a weekday at the plaza.
    expect(rate('2026-01-17T04:30:00Z')).toMatchObject({ explanation: { dayType: 'weekday' } });
    expect(rate('2026-01-17T05:30:00Z')).toMatchObject({
      amountCents: 150,
      explanation: { dayType: 'weekend' },
    });
  });

  it('rates a holiday by the weekend bands when the schedule has no holiday bands', () => {
    const result = rate('2026-01-19T12:30:00Z', 'tag', new Set(['2026-01-19']));
    expect(result).toMatchObject({
      amountCents: 150,
      explanation: { dayType: 'holiday', band: { dayType: 'weekend' } },
    });
  });

  it('rates a holiday by its own bands when there are some', () => {
    const withHoliday = [
      { ...v2026, entries: [...v2026.entries, band('holiday', 0, 1440, 100, 175)] },
    ];
    const result = rateTrip(
      { plazaId: 'P1', occurredAt: new Date('2026-01-19T12:30:00Z'), vehicleClass: 2 },
      withHoliday,
      NY,
      new Set(['2026-01-19']),
      'tag',
    );
    expect(result).toMatchObject({ amountCents: 100 });
  });

  it('rates a late trip by the schedule in force when it happened', () => {
    expect(rate('2025-12-31T12:30:00Z')).toMatchObject({
      amountCents: 300,
      explanation: { scheduleVersionId: 'sched-2025' },
    });
  });

  it('reports a trip with no schedule or no band instead of charging zero', () => {
    expect(rate('2024-06-01T12:00:00Z')).toMatchObject({ kind: 'unrated', reason: 'no_schedule' });
    expect(rate('2026-01-14T12:30:00Z', 'tag', noHolidays, 5)).toMatchObject({
      kind: 'unrated',
      reason: 'no_rate',
      detail: 'schedule sched-2026 has no weekday rate for class 5 at 2026-01-14T07:30',
    });
  });

  it('a plate read never costs less than a tag read (property)', () => {
    const instant = fc.date({
      min: new Date('2026-01-01T05:00:00Z'),
      max: new Date('2027-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, (at) => {
        const tag = rate(at.toISOString(), 'tag');
        const plate = rate(at.toISOString(), 'plate');
        return (
          tag.kind === 'rated' && plate.kind === 'rated' && tag.amountCents < plate.amountCents
        );
      }),
    );
  });
});
