import { tripAgeDisposition } from './trip.ts';

const now = new Date('2026-06-01T12:00:00Z');
const limits = { tooOldDays: 90, maxFutureSkewSeconds: 300 };
const at = (ms: number) => new Date(now.getTime() + ms);
const DAY = 86_400_000;

describe('tripAgeDisposition', () => {
  it('accepts a late read within the limit: it rates by its own time', () => {
    expect(tripAgeDisposition(at(-89 * DAY), now, limits)).toBeNull();
    expect(tripAgeDisposition(at(-90 * DAY), now, limits)).toBeNull();
  });

  it('sends a read older than the limit to the exception queue as too old', () => {
    expect(tripAgeDisposition(at(-90 * DAY - 1), now, limits)).toBe('too_old');
  });

  it('tolerates a device clock a little ahead, not far ahead', () => {
    expect(tripAgeDisposition(at(300_000), now, limits)).toBeNull();
    expect(tripAgeDisposition(at(300_001), now, limits)).toBe('invalid');
  });

  it('calls an unparseable time invalid', () => {
    expect(tripAgeDisposition(new Date('not a date'), now, limits)).toBe('invalid');
  });
});
