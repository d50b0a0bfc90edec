/** PostgreSQL's unique_violation (SQLSTATE 23505), wherever the driver or the ORM wrapped it. */
export function isUniqueViolation(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if ((cause as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
