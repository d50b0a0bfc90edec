/**
 * A plate as the matching rules compare it: upper case, without spaces, dashes or dots.
 * `normalisePlate(' abc-1 23 ')` → `'ABC123'`.
 */
export function normalisePlate(raw: string): string {
  return raw.toUpperCase().replace(/[\s\-.·]/g, '');
}

/**
 * A plate for people to read: normalised, prefixed with its jurisdiction when known,
 * e.g. `formatPlate('abc 123', 'nc')` → `'NC ABC123'`.
 */
export function formatPlate(raw: string, jurisdiction?: string | null): string {
  const plate = normalisePlate(raw);
  const region = jurisdiction?.trim().toUpperCase();
  return region ? `${region} ${plate}` : plate;
}
