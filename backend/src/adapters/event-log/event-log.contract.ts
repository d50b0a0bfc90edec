import { randomUUID } from 'node:crypto';
import type { EventLog } from './event-log.ts';

/**
 * What every EventLog must do, run on the Postgres-table log over PGlite (unit) and PostgreSQL
 * (real), and later on Kafka. Each test uses its own topic and group names.
 */
export function describeEventLogContract(
  name: string,
  open: () => Promise<{ log: EventLog; close(): Promise<void> }>,
): void {
  describe(`${name} event log contract`, () => {
    let log: EventLog;
    let close: () => Promise<void>;
    let topic: string;
    beforeAll(async () => {
      ({ log, close } = await open());
    }, 60_000);
    afterAll(() => close?.());
    beforeEach(() => {
      topic = `trips-${randomUUID()}`;
    });

    const trip = (eventId: string) => ({
      key: 'plaza-7',
      value: JSON.stringify({ eventId, plazaId: 7 }),
      headers: { source: 'lane-3' },
    });

    it('delivers appended records in order with key, value and headers', async () => {
      await log.append(topic, [trip('e1'), trip('e2')]);
      await log.append(topic, [{ key: null, value: Buffer.from([0, 1, 255]) }]);
      const events = await log.poll('posting', topic, { maxRecords: 10 });
      expect(events.map((event) => event.offset)).toEqual([0, 1, 2]);
      expect(events[0]).toMatchObject({
        topic,
        partition: 0,
        key: 'plaza-7',
        headers: { source: 'lane-3' },
      });
      expect(JSON.parse(events[1].value.toString())).toEqual({ eventId: 'e2', plazaId: 7 });
      expect(events[2]).toMatchObject({ key: null, headers: {} });
      expect([...events[2].value]).toEqual([0, 1, 255]);
      expect(events[0].timestamp).toBeInstanceOf(Date);
    });

    it('redelivers records until the group commits them (at-least-once)', async () => {
      await log.append(topic, [trip('e1'), trip('e2'), trip('e3')]);
      const first = await log.poll('posting', topic, { maxRecords: 2 });
      const again = await log.poll('posting', topic, { maxRecords: 2 });
      expect(again.map((event) => event.offset)).toEqual(first.map((event) => event.offset));
      await log.commit('posting', first[1]);
      const rest = await log.poll('posting', topic, { maxRecords: 10 });
      expect(rest.map((event) => event.offset)).toEqual([2]);
    });

    it('keeps each consumer group at its own position', async () => {
      await log.append(topic, [trip('e1'), trip('e2')]);
      const posting = await log.poll('posting', topic, { maxRecords: 10 });
      await log.commit('posting', posting[1]);
      expect(await log.poll('posting', topic, { maxRecords: 10 })).toEqual([]);
      expect(await log.poll('projections', topic, { maxRecords: 10 })).toHaveLength(2);
    });

    it('never moves a committed position backwards', async () => {
      await log.append(topic, [trip('e1'), trip('e2'), trip('e3')]);
      const events = await log.poll('posting', topic, { maxRecords: 10 });
      await log.commit('posting', events[2]);
      await log.commit('posting', events[0]);
      expect(await log.poll('posting', topic, { maxRecords: 10 })).toEqual([]);
    });

    it('gives concurrent batches unique, gap-free offsets', async () => {
      const batches = Array.from({ length: 8 }, (_, batch) =>
        Array.from({ length: 25 }, (_, item) => trip(`b${batch}-${item}`)),
      );
      await Promise.all(batches.map((batch) => log.append(topic, batch)));
      const events = await log.poll('posting', topic, { maxRecords: 1000 });
      expect(events.map((event) => event.offset)).toEqual(Array.from({ length: 200 }, (_, i) => i));
      const ids = events.map((event) => JSON.parse(event.value.toString()).eventId);
      expect(new Set(ids).size).toBe(200);
    });

    it('keeps topics apart and ignores an empty batch', async () => {
      const other = `${topic}-other`;
      await log.append(topic, []);
      await log.append(other, [trip('x')]);
      expect(await log.poll('posting', topic, { maxRecords: 10 })).toEqual([]);
      expect(await log.poll('posting', other, { maxRecords: 10 })).toHaveLength(1);
    });

    it('reports itself up', async () => {
      expect(await log.health()).toMatchObject({ status: 'up', kind: log.kind });
    });
  });
}
