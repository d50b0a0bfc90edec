import fc from 'fast-check';
import { matchTrip } from './matching.ts';
import type { MatchLookups, RegisteredVehicle, TagRecord } from './matching.ts';
import { plateKey } from './plate.ts';
import { aTrip } from './test-support.ts';
import { TAG_STATUSES } from './trip.ts';
import type { TagStatus } from './trip.ts';

const key = plateKey('NC', 'ABC1234');
const plate = { jurisdiction: 'nc', text: 'abc-1234', confidence: 0.97 };
const vehicle: RegisteredVehicle = {
  accountId: 'ACC-PLATE',
  plateKey: key,
  activeFrom: new Date('2025-01-01T00:00:00Z'),
};

function tag(status: TagStatus): TagRecord {
  return { tagId: 'TAG-1', accountId: 'ACC-TAG', status };
}

function lookups(overrides: Partial<MatchLookups> = {}): MatchLookups {
  return { vehicles: [vehicle], ocrConfidenceThreshold: 0.9, ...overrides };
}

describe('matchTrip with a tag', () => {
  it.each(['valid', 'low_balance'] as const)('a %s tag bills its account at the tag rate', (s) => {
    const match = matchTrip(aTrip({ tagId: 'TAG-1', plate }), lookups({ tag: tag(s) }));
    expect(match).toEqual({ kind: 'tag', accountId: 'ACC-TAG', tagStatus: s, rateKind: 'tag' });
  });

  it('an invalid tag still identifies the account but rates at the plate rate', () => {
    const match = matchTrip(aTrip({ tagId: 'TAG-1', plate }), lookups({ tag: tag('invalid') }));
    expect(match).toEqual({
      kind: 'tag',
      accountId: 'ACC-TAG',
      tagStatus: 'invalid',
      rateKind: 'plate',
    });
  });

  it.each(['lost', 'stolen', 'inactive'] as const)('a %s tag is ignored for the plate', (s) => {
    const match = matchTrip(aTrip({ tagId: 'TAG-1', plate }), lookups({ tag: tag(s) }));
    expect(match).toEqual({ kind: 'plate', accountId: 'ACC-PLATE', plateKey: key });
  });

  it('a lost tag with no plate read is rejected as not on file', () => {
    const match = matchTrip(aTrip({ tagId: 'TAG-1' }), lookups({ tag: tag('lost') }));
    expect(match).toEqual({ kind: 'reject', disposition: 'not_on_file', reason: 'tag_not_usable' });
  });

  it('a tag not on file falls back to the plate', () => {
    const match = matchTrip(aTrip({ tagId: 'TAG-X', plate }), lookups());
    expect(match.kind).toBe('plate');
  });

  it('ignores a looked-up record that belongs to another tag id', () => {
    const match = matchTrip(aTrip({ tagId: 'TAG-2', plate }), lookups({ tag: tag('valid') }));
    expect(match.kind).toBe('plate');
  });
});

describe('matchTrip with a plate only', () => {
  it('an active vehicle bills its account', () => {
    expect(matchTrip(aTrip({ plate }), lookups())).toEqual({
      kind: 'plate',
      accountId: 'ACC-PLATE',
      plateKey: key,
    });
  });

  it('a plate on no account is toll-by-plate', () => {
    expect(matchTrip(aTrip({ plate }), lookups({ vehicles: [] }))).toEqual({
      kind: 'toll_by_plate',
      plateKey: key,
    });
  });

  it('uses the vehicle active at the trip time, not today', () => {
    const sold = { ...vehicle, activeUntil: new Date('2026-03-01T00:00:00Z') };
    const later = {
      ...vehicle,
      accountId: 'ACC-NEW',
      activeFrom: new Date('2026-03-01T00:00:00Z'),
    };
    const before = aTrip({ plate, occurredAt: new Date('2026-02-15T00:00:00Z') });
    expect(matchTrip(before, lookups({ vehicles: [sold, later] }))).toMatchObject({
      accountId: 'ACC-PLATE',
    });
    expect(matchTrip(aTrip({ plate }), lookups({ vehicles: [sold, later] }))).toMatchObject({
      accountId: 'ACC-NEW',
    });
    // activeUntil is exclusive: at the boundary the old owner no longer pays.
    const boundary = aTrip({ plate, occurredAt: new Date('2026-03-01T00:00:00Z') });
    expect(matchTrip(boundary, lookups({ vehicles: [sold] })).kind).toBe('toll_by_plate');
  });

  it('a read under the confidence threshold goes to review before any lookup', () => {
    const doubtful = aTrip({ plate: { ...plate, confidence: 0.89 } });
    expect(matchTrip(doubtful, lookups())).toEqual({ kind: 'review', reason: 'low_confidence' });
    const exact = aTrip({ plate: { ...plate, confidence: 0.9 } });
    expect(matchTrip(exact, lookups()).kind).toBe('plate');
  });

  it('a NaN confidence is treated as doubtful', () => {
    const match = matchTrip(aTrip({ plate: { ...plate, confidence: NaN } }), lookups());
    expect(match).toEqual({ kind: 'review', reason: 'low_confidence' });
  });

  it('an unreadable plate goes to review with the reason', () => {
    const match = matchTrip(aTrip({ plate: { ...plate, text: '***' } }), lookups());
    expect(match).toMatchObject({ kind: 'review', reason: 'unreadable_plate' });
  });

  it('two accounts with the same active plate go to review', () => {
    const other = { ...vehicle, accountId: 'ACC-OTHER' };
    expect(matchTrip(aTrip({ plate }), lookups({ vehicles: [vehicle, other] }))).toEqual({
      kind: 'review',
      reason: 'ambiguous_plate',
      detail: 'ACC-OTHER,ACC-PLATE',
    });
  });

  it('two vehicles of one account with the same plate are not ambiguous', () => {
    const again = { ...vehicle, activeFrom: new Date('2025-06-01T00:00:00Z') };
    expect(matchTrip(aTrip({ plate }), lookups({ vehicles: [vehicle, again] })).kind).toBe('plate');
  });
});

describe('matchTrip with nothing usable', () => {
  it('is rejected as not on file', () => {
    expect(matchTrip(aTrip(), lookups())).toEqual({
      kind: 'reject',
      disposition: 'not_on_file',
      reason: 'no_identifier',
    });
  });

  it('never bills an account through a lost, stolen or inactive tag (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TAG_STATUSES),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        fc.boolean(),
        (status, confidence, registered) => {
          const trip = aTrip({
            tagId: 'TAG-1',
            ...(confidence === undefined ? {} : { plate: { ...plate, confidence } }),
          });
          const match = matchTrip(
            trip,
            lookups({ tag: tag(status), vehicles: registered ? [vehicle] : [] }),
          );
          const billedToTagAccount = 'accountId' in match && match.accountId === 'ACC-TAG';
          const usable = status === 'valid' || status === 'low_balance' || status === 'invalid';
          return billedToTagAccount === usable;
        },
      ),
    );
  });
});
