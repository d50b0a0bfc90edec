/**
 * Masks personal data before it reaches a log: values under personal keys (names, e-mail,
 * phone, plates, secrets) wholesale, and e-mail addresses, phone numbers and card numbers
 * wherever they appear inside other strings.
 */
const personalKeys = new Set(
  [
    'name',
    'firstName',
    'lastName',
    'fullName',
    'displayName',
    'companyName',
    'email',
    'phone',
    'plate',
    'plateNumber',
    'plateNo',
    'address',
    'addressLine1',
    'addressLine2',
    'password',
    'passwordHash',
    'pin',
    'pinHash',
    'securityAnswer',
    'token',
    'accessToken',
    'refreshToken',
    'authorization',
    'cookie',
    'cardNumber',
    'pan',
    'cvv',
    'cvc',
  ].map((key) => key.toLowerCase()),
);

export const masked = '[masked]';

const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/**
 * 14 to 19 digits, optionally grouped by spaces or dashes: the shape of a card number. Not 13,
 * so epoch milliseconds in log lines stay readable; not the digits of a decimal fraction.
 */
const cardPattern = /(?<![\w-]|\d\.)\d(?:[ -]?\d){13,18}(?![\w-]|\.\d)/g;
/**
 * Phone numbers as people write them: international with a leading + (+44 20 7946 0958) or
 * North-American with separators ((512) 555-0123, 512.555.0123). Bare digit runs are left
 * alone: they are account numbers and ids far more often than phones, and personal fields
 * named `phone` are masked by key anyway.
 */
const phonePattern =
  /(?<![\w-]|\d\.)(?:\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})(?![\w-]|\.\d)/g;

/** Masks e-mail addresses, card numbers and phone numbers inside free text. */
export function maskText(text: string): string {
  return text
    .replace(emailPattern, '[email]')
    .replace(cardPattern, (digits) => (passesLuhn(digits) ? '[card]' : digits))
    .replace(phonePattern, '[phone]');
}

/** A deep copy of `value` with personal data masked; leaves the input untouched. */
export function maskPersonalData(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskText(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Error) {
    return {
      type: value.name,
      message: maskText(value.message),
      stack: maskText(value.stack ?? ''),
    };
  }
  if (value instanceof Date || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = personalKeys.has(key.toLowerCase()) ? masked : maskPersonalData(item, depth + 1);
  }
  return copy;
}

function passesLuhn(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
