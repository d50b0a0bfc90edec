export type DependencyState = 'up' | 'down';

/** What every adapter reports to GET /api/health. */
export interface HealthStatus {
  status: DependencyState;
  /** Which implementation is configured, e.g. 'pglite' or 'postgres'. */
  kind: string;
  latencyMs: number;
  /** Why a dependency is down; shown to operators, never to anonymous callers in detail. */
  detail?: string;
}

/** Times a probe so every adapter reports latency and failure the same way. */
export async function probeHealth(
  kind: string,
  probe: () => Promise<unknown>,
): Promise<HealthStatus> {
  const started = performance.now();
  try {
    await probe();
    return { status: 'up', kind, latencyMs: elapsedMs(started) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { status: 'down', kind, latencyMs: elapsedMs(started), detail };
  }
}

function elapsedMs(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}
