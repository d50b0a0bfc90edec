/**
 * Whether a batch failure says nothing about the batch itself: the database or the network was
 * away (a restart, a failover, a lost connection) or two transactions collided. Such a batch is
 * retried as it is, however often it fails; only other failures can mark a record as poison.
 */
export function isTransientFailure(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && transientCode(code)) return true;
    if (transientMessage.test(cause.message)) return true;
    cause = cause.cause;
  }
  return false;
}

/** SQLSTATE classes: 08 connection, 53 resources, 57 operator intervention (shutdown), 58 I/O. */
const transientSqlClasses = /^(08|53|57|58)[0-9A-Z]{3}$/;
/** Serialization failure and deadlock: the same transaction succeeds when run again. */
const transientSqlStates = new Set(['40001', '40P01']);
const transientSocketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/** node-postgres reports a server that went away in words, without a code. */
const transientMessage =
  /connection terminated|connection (?:closed|lost|refused)|timeout exceeded when trying to connect|client has encountered a connection error/i;

function transientCode(code: string): boolean {
  return (
    transientSqlClasses.test(code) || transientSqlStates.has(code) || transientSocketCodes.has(code)
  );
}
