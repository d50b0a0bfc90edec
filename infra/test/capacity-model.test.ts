import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  brokersFor,
  capacityAt,
  databaseFor,
  MODEL_RATES,
  podsFor,
} from '../src/capacity/capacity-model.ts';
import { capacityTables, withTables } from '../src/capacity/capacity-report.ts';
import { THROUGHPUT } from '../src/capacity/figures.ts';
import { getStageProps } from '../src/config/stages.ts';

const prod = getStageProps('prod');

describe('capacity model', () => {
  it('sizes pods from the per-vCPU rate at 60 % utilisation, never below two', () => {
    expect(podsFor(1_000, 10_000)).toBe(2);
    expect(podsFor(100_000, 10_000)).toBe(9); // 100k / (10k × 2 vCPU × 0.6) = 8.3
  });

  it('keeps brokers in multiples of three zones and grows the type before the count', () => {
    expect(brokersFor(1)).toEqual({ type: 'kafka.m7g.large', count: 3 });
    expect(brokersFor(500)).toEqual({ type: 'kafka.m7g.xlarge', count: 9 });
  });

  it('shards the database once one instance cannot hold the load', () => {
    expect(databaseFor(3)).toMatchObject({ name: 'db.m7g.xlarge', shards: 1 });
    expect(databaseFor(200)).toMatchObject({ name: 'db.m7g.16xlarge', shards: 4 });
  });

  it('never plans more processors than partitions, and cost falls per trip with scale', () => {
    const points = MODEL_RATES.map((rate) => capacityAt(rate, prod));
    for (const point of points) {
      expect(point.processorPods).toBeLessThanOrEqual(point.partitions);
      expect(point.partitions % point.brokers).toBe(0);
    }
    const perMillion = points.map((point) => point.costPerMillionTrips);
    expect(perMillion[0]).toBeGreaterThan(perMillion[3]!);
  });

  it('labels every throughput figure with its source', () => {
    for (const figure of Object.values(THROUGHPUT)) {
      expect(['measured', 'assumption']).toContain(figure.source);
      expect(figure.basis.length).toBeGreaterThan(10);
    }
  });

  it('matches the table in docs/capacity.md', () => {
    const path = join(import.meta.dirname, '../../docs/capacity.md');
    const document = readFileSync(path, 'utf8');
    expect(withTables(document, capacityTables(prod))).toBe(document);
  });
});
