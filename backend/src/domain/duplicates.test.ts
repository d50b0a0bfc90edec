import fc from 'fast-check';
import { collapseReads, passageIdentity } from './duplicates.ts';
import { aTrip } from './test-support.ts';
import type { TripRead } from './trip.ts';

const t0 = Date.parse('2026-03-10T12:00:00Z');
function read(eventId: string, secondsAfter: number, extra: Partial<TripRead> = {}): TripRead {
  return aTrip({
    eventId,
    occurredAt: new Date(t0 + secondsAfter * 1000),
    tagId: 'TAG-1',
    ...extra,
  });
}
const ids = (list: readonly TripRead[]) => list.map((r) => r.eventId);

describe('collapseReads', () => {
  it('keeps one passage for several antennas reading the same tag', () => {
    const result = collapseReads([read('b', 1), read('a', 0), read('c', 2)], 60);
    expect(ids(result.passages)).toEqual(['a']);
    expect(result.duplicates.map((d) => [d.read.eventId, d.duplicateOf])).toEqual([
      ['b', 'a'],
      ['c', 'a'],
    ]);
  });

  it('keeps the lowest event id when reads share an instant', () => {
    expect(ids(collapseReads([read('z', 0), read('m', 0)], 60).passages)).toEqual(['m']);
  });

  it('includes the window edge and starts a new passage after it', () => {
    expect(ids(collapseReads([read('a', 0), read('b', 60)], 60).passages)).toEqual(['a']);
    expect(ids(collapseReads([read('a', 0), read('b', 61)], 60).passages)).toEqual(['a', 'b']);
  });

  it('anchors the window at the first read instead of chaining', () => {
    const reads = [read('a', 0), read('b', 40), read('c', 80), read('d', 120)];
    expect(ids(collapseReads(reads, 60).passages)).toEqual(['a', 'c']);
  });

  it('keeps different tags, plazas and plates apart', () => {
    const reads = [
      read('a', 0),
      read('b', 1, { tagId: 'TAG-2' }),
      read('c', 2, { plazaId: 'PLZ-2' }),
      read('d', 3, {
        tagId: undefined,
        plate: { jurisdiction: 'NC', text: 'AAA1', confidence: 1 },
      }),
      read('e', 4, {
        tagId: undefined,
        plate: { jurisdiction: 'NC', text: 'BBB2', confidence: 1 },
      }),
    ];
    expect(ids(collapseReads(reads, 60).passages)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('collapses camera reads of the same plate written differently', () => {
    const plateRead = (text: string) => ({ jurisdiction: 'NC', text, confidence: 0.95 });
    const reads = [
      read('a', 0, { tagId: undefined, plate: plateRead('ABC-123') }),
      read('b', 2, { tagId: undefined, plate: plateRead('abc 123') }),
    ];
    expect(ids(collapseReads(reads, 60).passages)).toEqual(['a']);
  });

  it('collapses a retried event id even without any identity', () => {
    const bare = { tagId: undefined };
    const result = collapseReads([read('a', 0, bare), read('a', 0, bare), read('b', 1, bare)], 60);
    expect(ids(result.passages)).toEqual(['a', 'b']);
    expect(result.duplicates).toHaveLength(1);
  });

  it('refuses a negative window', () => {
    expect(() => collapseReads([], -1)).toThrow(RangeError);
  });

  it('gives no identity to a read with neither tag nor readable plate', () => {
    expect(passageIdentity(read('a', 0, { tagId: undefined }))).toBeNull();
  });
});

describe('collapseReads properties', () => {
  const readArb = fc
    .record({
      eventId: fc.integer({ min: 0, max: 60 }).map((n) => `e${String(n).padStart(2, '0')}`),
      seconds: fc.integer({ min: 0, max: 300 }),
      tag: fc.constantFrom('T1', 'T2'),
      plaza: fc.constantFrom('P1', 'P2'),
    })
    .map((r) => read(r.eventId, r.seconds, { tagId: r.tag, plazaId: r.plaza }));
  // Distinct event ids: a device never reuses an id for another passage.
  const readsArb = fc.uniqueArray(readArb, { selector: (r) => r.eventId, maxLength: 40 });
  const windowArb = fc.integer({ min: 0, max: 120 });
  const shuffledArb = readsArb.chain((reads) =>
    fc.tuple(
      fc.constant(reads),
      fc.shuffledSubarray(reads, { minLength: reads.length, maxLength: reads.length }),
    ),
  );

  it('accounts for every read exactly once', () => {
    fc.assert(
      fc.property(readsArb, windowArb, (reads, w) => {
        const { passages, duplicates } = collapseReads(reads, w);
        const all = [...ids(passages), ...duplicates.map((d) => d.read.eventId)].sort();
        return JSON.stringify(all) === JSON.stringify(ids(reads).sort());
      }),
    );
  });

  it('does not depend on the order reads arrive in', () => {
    fc.assert(
      fc.property(shuffledArb, windowArb, ([reads, shuffled], w) => {
        return (
          JSON.stringify(ids(collapseReads(reads, w).passages)) ===
          JSON.stringify(ids(collapseReads(shuffled, w).passages))
        );
      }),
    );
  });

  it('is idempotent: collapsing the passages again removes nothing', () => {
    fc.assert(
      fc.property(readsArb, windowArb, (reads, w) => {
        const once = collapseReads(reads, w).passages;
        return collapseReads(once, w).duplicates.length === 0;
      }),
    );
  });

  it('every duplicate is the same vehicle at the same plaza within the window of its passage', () => {
    fc.assert(
      fc.property(readsArb, windowArb, (reads, w) => {
        const { passages, duplicates } = collapseReads(reads, w);
        const byId = new Map(passages.map((p) => [p.eventId, p]));
        return duplicates.every(({ read: dup, duplicateOf }) => {
          const kept = byId.get(duplicateOf)!;
          const gap = dup.occurredAt.getTime() - kept.occurredAt.getTime();
          return passageIdentity(dup) === passageIdentity(kept) && gap >= 0 && gap <= w * 1000;
        });
      }),
    );
  });
});
