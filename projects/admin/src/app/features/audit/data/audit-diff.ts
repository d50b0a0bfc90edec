/** One changed field between an audit entry's before and after. */
export interface FieldChange {
  readonly path: string;
  readonly before: string;
  readonly after: string;
}

/**
 * The fields that differ between two JSON values, by dotted path (arrays by index), so a
 * reader sees "entries.3.tagRateCents: 235 → 335" instead of two whole documents.
 */
export function diffValues(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isContainer(before) && isContainer(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) =>
      diffValues(
        (before as Record<string, unknown>)[key],
        (after as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      ),
    );
  }
  const [b, a] = [show(before), show(after)];
  return b === a ? [] : [{ path: path || '(value)', before: b, after: a }];
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function show(value: unknown): string {
  return value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
}
