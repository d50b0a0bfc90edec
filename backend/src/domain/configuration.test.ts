import fc from 'fast-check';
import { RULE_KEYS, requireValueInForce, valueInForce, versionInForce } from './configuration.ts';
import type { ConfigVersion } from './configuration.ts';

const FEE = RULE_KEYS.tollByPlateAdminFee;
function v(
  value: number,
  from: string,
  revision: number,
  key: string = FEE,
): ConfigVersion<number> {
  return { key, value, effectiveFrom: new Date(from), revision };
}

const versions = [
  v(250, '2025-01-01T00:00:00Z', 1),
  v(300, '2026-07-01T00:00:00Z', 3),
  v(275, '2026-01-01T00:00:00Z', 2),
  v(999, '2026-03-01T00:00:00Z', 4, RULE_KEYS.invoiceDueDays),
];

describe('valueInForce', () => {
  it('returns the value of the latest version that started by the instant', () => {
    expect(valueInForce(versions, FEE, new Date('2026-03-15T00:00:00Z'))).toBe(275);
    expect(valueInForce(versions, FEE, new Date('2026-07-01T00:00:00Z'))).toBe(300);
    expect(valueInForce(versions, FEE, new Date('2025-12-31T23:59:59Z'))).toBe(250);
  });

  it('returns nothing before the first version or for another key', () => {
    expect(valueInForce(versions, FEE, new Date('2024-01-01T00:00:00Z'))).toBeUndefined();
    expect(valueInForce(versions, 'no.such.key', new Date('2026-03-15T00:00:00Z'))).toBeUndefined();
  });

  it('a later revision at the same instant wins, whatever the order', () => {
    const tied = [v(1, '2026-01-01T00:00:00Z', 7), v(2, '2026-01-01T00:00:00Z', 8)];
    const at = new Date('2026-02-01T00:00:00Z');
    expect(valueInForce(tied, FEE, at)).toBe(2);
    expect(valueInForce([...tied].reverse(), FEE, at)).toBe(2);
  });

  it('requireValueInForce names the missing key and instant', () => {
    expect(() => requireValueInForce(versions, FEE, new Date('2024-01-01T00:00:00Z'))).toThrow(
      "no configuration for 'billing.toll_by_plate.admin_fee_cents' in force at 2024-01-01T00:00:00.000Z",
    );
    expect(requireValueInForce(versions, FEE, new Date('2026-01-01T00:00:00Z'))).toBe(275);
  });

  it('never returns a version from the future and never skips a newer applicable one (property)', () => {
    const version = fc.record({
      value: fc.integer(),
      from: fc.integer({ min: 0, max: 1000 }),
      revision: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(version, { maxLength: 20 }),
        fc.integer({ min: 0, max: 1000 }),
        (raw, t) => {
          const list = raw.map((r) => ({
            key: FEE,
            value: r.value,
            effectiveFrom: new Date(r.from),
            revision: r.revision,
          }));
          const found = versionInForce(list, FEE, new Date(t));
          const applicable = list.filter((x) => x.effectiveFrom.getTime() <= t);
          if (found === undefined) return applicable.length === 0;
          return applicable.every(
            (x) =>
              x.effectiveFrom.getTime() < found.effectiveFrom.getTime() ||
              (x.effectiveFrom.getTime() === found.effectiveFrom.getTime() &&
                x.revision <= found.revision),
          );
        },
      ),
    );
  });
});
