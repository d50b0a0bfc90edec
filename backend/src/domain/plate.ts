/**
 * Plate normalisation and identity. Matching, de-duplication and toll-by-plate invoices all key a
 * vehicle by `JUR:PLATE`, so two reads of "abc-123" and "ABC 123" in NC are the same vehicle.
 */

/** `JURISDICTION:NUMBER`, both normalised, e.g. `NC:ABC1234`. */
export type PlateKey = string & { readonly __brand: 'PlateKey' };

export interface Plate {
  readonly jurisdiction: string;
  readonly number: string;
  readonly key: PlateKey;
}

/** Returns a problem description for a normalised plate number, or null when it is acceptable. */
export type PlateValidator = (normalisedNumber: string) => string | null;

export type PlateResult =
  { readonly ok: true; readonly plate: Plate } | { readonly ok: false; readonly problem: string };

const JURISDICTION = /^[A-Z]{2,3}$/;
const GENERIC_NUMBER = /^[A-Z0-9]{1,8}$/;

/** Separators drivers and OCR insert that are not part of a plate's identity. */
const SEPARATORS = /[\s\-.·‐‑‒–—]/gu;

/** Fallback for jurisdictions without a rule of their own: 1 to 8 letters and digits. */
export const genericPlateValidator: PlateValidator = (number) =>
  GENERIC_NUMBER.test(number) ? null : 'plate must be 1 to 8 letters or digits';

/**
 * Per-jurisdiction rules. Deliberately loose: a stricter rule sends real plates (vanity, dealer,
 * older formats) to review, which costs more than it saves. Configuration may pass its own.
 */
export const defaultPlateValidators: Readonly<Record<string, PlateValidator>> = {
  // North Carolina issues at most 8 characters, vanity plates included.
  NC: genericPlateValidator,
  // Texas plates are up to 7 characters.
  TX: (number) =>
    /^[A-Z0-9]{1,7}$/.test(number) ? null : 'TX plates are 1 to 7 letters or digits',
};

/** Upper case (locale independent) with spaces, dashes and dots removed. Does not validate. */
export function normalisePlateText(text: string): string {
  return text.toUpperCase().replace(SEPARATORS, '');
}

export function plateKey(jurisdiction: string, normalisedNumber: string): PlateKey {
  return `${jurisdiction}:${normalisedNumber}` as PlateKey;
}

/**
 * Normalises and validates a plate. Letters that OCR confuses (O/0, I/1) are NOT folded: they
 * are different plates, and guessing would bill a stranger.
 */
export function normalisePlate(
  jurisdiction: string,
  text: string,
  validators: Readonly<Record<string, PlateValidator>> = defaultPlateValidators,
): PlateResult {
  const jur = jurisdiction.trim().toUpperCase();
  if (!JURISDICTION.test(jur)) {
    return { ok: false, problem: `unknown jurisdiction format '${jurisdiction}'` };
  }
  const number = normalisePlateText(text);
  if (number.length === 0) return { ok: false, problem: 'plate is empty' };
  const validate = Object.hasOwn(validators, jur) ? validators[jur] : genericPlateValidator;
  const problem = (validate ?? genericPlateValidator)(number);
  if (problem !== null) return { ok: false, problem };
  return { ok: true, plate: { jurisdiction: jur, number, key: plateKey(jur, number) } };
}

/** Splits a key made by `plateKey`; null when the text is not a plate key. */
export function parsePlateKey(key: string): { jurisdiction: string; number: string } | null {
  const [, jurisdiction, number] = /^([A-Z]{2,3}):([A-Z0-9]+)$/.exec(key) ?? [];
  return jurisdiction !== undefined && number !== undefined ? { jurisdiction, number } : null;
}
