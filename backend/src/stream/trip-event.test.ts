import { parseTripEvent } from './trip-event.ts';

const valid = {
  schema: 'trip.v1',
  eventId: 'L12-20260114-000123',
  deviceId: 'LC-12',
  plazaId: 'PLZ-540-E',
  laneId: '2',
  direction: 'E',
  occurredAt: '2026-01-14T12:30:05.120Z',
  receivedAt: '2026-01-14T12:30:05.410Z',
  tagId: 'NCQP.0012345678',
  plate: { jurisdiction: 'NC', text: 'abc-1234', confidence: 0.97 },
  vehicleClass: 2,
  imageKeys: ['evidence/2026/01/14/L12-000123-front.jpg'],
};

const reasonFor = (value: unknown) => {
  const parsed = parseTripEvent(JSON.stringify(value));
  return parsed.ok ? null : parsed.reason;
};

describe('parseTripEvent', () => {
  it('reads the documented example', () => {
    const parsed = parseTripEvent(Buffer.from(JSON.stringify(valid)));
    expect(parsed).toMatchObject({
      ok: true,
      event: { eventId: valid.eventId, occurredAt: new Date(valid.occurredAt), vehicleClass: 2 },
    });
  });

  it('treats a read without tag or plate as well formed', () => {
    const { tagId: _tag, plate: _plate, ...bare } = valid;
    expect(parseTripEvent(JSON.stringify(bare)).ok).toBe(true);
  });

  it.each([
    [{ ...valid, schema: 'trip.v9' }, 'unknown schema "trip.v9"'],
    [{ ...valid, eventId: 'has space' }, 'eventId must be 1-64 of [A-Za-z0-9._:-]'],
    [{ ...valid, direction: 'up' }, 'direction must be N, S, E or W'],
    [{ ...valid, occurredAt: '14/01/2026' }, 'occurredAt must be an ISO 8601 instant'],
    [{ ...valid, vehicleClass: 2.5 }, 'vehicleClass must be an integer from 1 to 99'],
    [
      { ...valid, plate: { ...valid.plate, confidence: 1.2 } },
      'plate.confidence must be a number from 0 to 1',
    ],
    [{ ...valid, imageKeys: 'a.jpg' }, 'imageKeys must be an array of strings'],
    [{ ...valid, plazaId: undefined }, 'plazaId is required (a string of 1-200 characters)'],
  ])('refuses %j as a format error', (event, reason) => {
    expect(reasonFor(event)).toBe(reason);
  });

  it('keeps a readable event id of a bad event, so its replay is recognised', () => {
    expect(parseTripEvent(JSON.stringify({ ...valid, direction: 'X' }))).toEqual({
      ok: false,
      reason: 'direction must be N, S, E or W',
      eventId: valid.eventId,
    });
    expect(parseTripEvent('{"eventId": "x"')).toEqual({ ok: false, reason: 'not valid JSON' });
  });
});
