import { accountNoFor, plateFor, tagNoFor } from './identifiers.ts';
import { tripsPerDay } from './trip-history.ts';

describe('demo identifiers', () => {
  it('gives distinct, normalised plates, tags and account numbers across many ids', () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => i + 1);
    const plates = ids.map(plateFor);
    expect(new Set(plates).size).toBe(ids.length);
    expect(plates.every((plate) => /^[A-Z]{3}[0-9]{4}$/.test(plate))).toBe(true);
    expect(new Set(ids.map(tagNoFor)).size).toBe(ids.length);
    expect(new Set(ids.map(accountNoFor)).size).toBe(ids.length);
  });
});

describe('tripsPerDay', () => {
  it('spreads exactly the requested total and puts nothing after the as-of time', () => {
    const midnight = new Date('2026-11-25T00:00:00Z');
    const counts = tripsPerDay(10_001, 30, midnight);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_001);
    expect(counts[29]).toBe(0);
  });
});
