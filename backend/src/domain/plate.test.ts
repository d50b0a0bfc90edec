import fc from 'fast-check';
import { normalisePlate, normalisePlateText, parsePlateKey, plateKey } from './plate.ts';
import type { PlateValidator } from './plate.ts';

function keyOf(jurisdiction: string, text: string): string {
  const result = normalisePlate(jurisdiction, text);
  if (!result.ok) throw new Error(result.problem);
  return result.plate.key;
}

describe('normalisePlate', () => {
  it('upper-cases and drops spaces, dashes and dots', () => {
    expect(keyOf('nc', ' abc-12.34 ')).toBe('NC:ABC1234');
    expect(keyOf('NC', 'ABC 1234')).toBe('NC:ABC1234');
    expect(keyOf('NC', 'abc–1234')).toBe('NC:ABC1234'); // en dash from a keyboard layout
  });

  it('keeps letters OCR confuses apart: O and 0 are different plates', () => {
    expect(keyOf('NC', 'ABO123')).not.toBe(keyOf('NC', 'AB0123'));
  });

  it('separates the same number in different jurisdictions', () => {
    expect(keyOf('NC', 'ABC1234')).not.toBe(keyOf('SC', 'ABC1234'));
  });

  it('refuses empty, overlong and symbol-bearing plates with a reason', () => {
    expect(normalisePlate('NC', ' - ')).toEqual({ ok: false, problem: 'plate is empty' });
    expect(normalisePlate('NC', 'ABCDE12345').ok).toBe(false);
    expect(normalisePlate('NC', 'AB*12').ok).toBe(false);
  });

  it('refuses a malformed jurisdiction', () => {
    const result = normalisePlate('North Carolina', 'ABC123');
    expect(result).toEqual({ ok: false, problem: "unknown jurisdiction format 'North Carolina'" });
  });

  it('applies the jurisdiction rule when there is one', () => {
    expect(normalisePlate('TX', 'ABCD1234')).toEqual({
      ok: false,
      problem: 'TX plates are 1 to 7 letters or digits',
    });
    expect(normalisePlate('NC', 'ABCD1234').ok).toBe(true);
  });

  it('takes validators from configuration', () => {
    const digitsOnly: PlateValidator = (n) => (/^\d+$/.test(n) ? null : 'digits only');
    expect(normalisePlate('ZZ', '12-34', { ZZ: digitsOnly }).ok).toBe(true);
    expect(normalisePlate('ZZ', 'AB', { ZZ: digitsOnly })).toEqual({
      ok: false,
      problem: 'digits only',
    });
  });

  it('is idempotent: a normalised plate normalises to itself (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const once = normalisePlateText(text);
        return normalisePlateText(once) === once;
      }),
    );
  });

  it('ignores separators wherever they are inserted (property)', () => {
    const plateChars = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    const separator = fc.constantFrom(' ', '-', '.', '');
    fc.assert(
      fc.property(plateChars, fc.array(separator, { minLength: 9, maxLength: 9 }), (p, seps) => {
        const noisy = [...p].map((ch, i) => seps[i] + ch).join('') + seps[8];
        return keyOf('NC', noisy) === keyOf('NC', p);
      }),
    );
  });
});

describe('plate keys', () => {
  it('round-trips through parsePlateKey', () => {
    expect(parsePlateKey(plateKey('NC', 'ABC1234'))).toEqual({
      jurisdiction: 'NC',
      number: 'ABC1234',
    });
    expect(parsePlateKey('nonsense')).toBeNull();
  });
});
