import fc from 'fast-check';
import { publishDateProblem, scheduleEditLock } from './schedule-lifecycle.ts';

const now = new Date('2026-11-25T12:00:00Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe('scheduleEditLock', () => {
  it('lets a draft be edited whatever its proposed date', () => {
    expect(scheduleEditLock({ status: 'draft', effectiveFrom: at(-86_400_000) }, now)).toBeNull();
  });

  it('locks a published version from the instant it takes effect, never before', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), (offset) => {
        const lock = scheduleEditLock({ status: 'published', effectiveFrom: at(offset) }, now);
        expect(lock === null).toBe(offset > 0);
      }),
    );
  });
});

describe('publishDateProblem', () => {
  it('accepts only an instant after now', () => {
    expect(publishDateProblem(at(1), now)).toBeNull();
    expect(publishDateProblem(now, now)).toMatch(/future/);
    expect(publishDateProblem(at(-60_000), now)).toMatch(/future/);
    expect(publishDateProblem(new Date('nope'), now)).toMatch(/not a valid time/);
  });
});
