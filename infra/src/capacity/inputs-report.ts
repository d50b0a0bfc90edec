import { INGEST_BENCHMARK, MEASURED_ON, PIPELINE_BENCHMARK, ratioOf } from './benchmarks.ts';
import type { BenchmarkRun } from './benchmarks.ts';
import { THROUGHPUT, type ThroughputFigures } from './figures.ts';

const LABELS: Readonly<Record<keyof ThroughputFigures, string>> = {
  ingestTripsPerCoreSecond: 'ingest gateway',
  processorTripsPerCoreSecond: 'stream processor',
  databaseTripsPerVcpuSecond: 'database (posting)',
  tripRecordBytes: 'trip record on Kafka',
  partitionMBPerSecond: 'partition ingress',
  embeddedTripsPerSecond: 'embedded posture',
};

const count = (value: number): string => Math.round(value).toLocaleString('en-US');

/** "met" / "missed" against a BRIEF §4 target, so the docs never hide a shortfall. */
function against(measured: number, target: number, higherIsBetter = true): string {
  const met = higherIsBetter ? measured >= target : measured < target;
  return met ? 'met' : '**missed**';
}

function benchmarkRow(run: BenchmarkRun): string {
  const { target } = run;
  const latency =
    target.p99Ms === undefined
      ? `p99 ${run.p99Ms} ms (no target)`
      : `p99 ${run.p99Ms} ms vs < ${target.p99Ms}: ${against(run.p99Ms, target.p99Ms, false)}`;
  return [
    `${run.name} (\`${run.command}\`)`,
    run.conditions + (run.otherRuns ? `; other runs ${run.otherRuns}` : ''),
    `${count(run.tripsPerSecond)} trips/s (p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms per batch)`,
    `${run.reference.what}: ${count(run.reference.perSecond)}/s → ratio ${ratioOf(run).toFixed(2)}`,
    [
      `≥ ${count(target.tripsPerSecond)}/s: ${against(run.tripsPerSecond, target.tripsPerSecond)}`,
      `ratio ≥ ${target.ratio}: ${against(ratioOf(run), target.ratio)}`,
      latency,
    ].join('; '),
  ].join(' | ');
}

/** Generated Markdown: the benchmark runs behind the model, then every model input. */
export function inputTables(): string {
  const figures = Object.values(THROUGHPUT);
  const measured = figures.filter((figure) => figure.source === 'measured').length;
  return [
    `Benchmarks (${MEASURED_ON}; whole-machine figures, see "Reading the measured figures"):`,
    '',
    '| benchmark | conditions | measured | reference, same run | BRIEF §4 targets |',
    '|---|---|---|---|---|',
    ...[INGEST_BENCHMARK, PIPELINE_BENCHMARK].map((run) => `| ${benchmarkRow(run)} |`),
    '',
    `Model inputs: ${measured} of ${figures.length} measured, the rest labelled assumptions.`,
    '',
    '| input | value | source | basis |',
    '|---|---:|---|---|',
    ...(Object.keys(LABELS) as (keyof ThroughputFigures)[]).map((key) => {
      const figure = THROUGHPUT[key];
      const value = `${count(figure.value)} ${figure.unit}`;
      return `| ${LABELS[key]} | ${value} | ${figure.source} | ${figure.basis} |`;
    }),
  ].join('\n');
}
