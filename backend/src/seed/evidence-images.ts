import type { Database } from '../adapters/database/database.ts';
import type { ObjectStore } from '../adapters/object-store/object-store.ts';
import { plateImage } from '../sim/plate-image.ts';

/** How many of the newest trips with an image keep it in the demo (a retention window). */
export const demoRetainedImages = 1500;

/** Puts at a time: enough to overlap file or S3 latency without flooding a small machine. */
const concurrency = 64;

/**
 * Stores the plate images the seeded trips point at, as the simulator would have: the newest
 * `retained` trips with an image, and every trip waiting in image review (the review screen
 * needs its evidence). The others lose their keys, as if the retention period had removed the
 * images, so the seed stays a few seconds however long its history. Returns the images stored.
 */
export async function seedEvidenceImages(
  database: Database,
  objectStore: ObjectStore,
  retained = demoRetainedImages,
): Promise<number> {
  const rows = await database.query<{
    key: string;
    jurisdiction: string | null;
    plate: string | null;
    occurred_at: Date | string;
  }>(
    `with keyed as (
       select id, image_keys[1] as key, jurisdiction, plate, occurred_at, status,
              row_number() over (order by occurred_at desc, id desc) as newest
         from trips where cardinality(image_keys) > 0)
     select key, jurisdiction, plate, occurred_at from keyed
      where status = 'review' or newest <= $1`,
    [retained],
  );
  await database.query(
    `update trips set image_keys = '{}' where id in (
       select id from (
         select id, status, row_number() over (order by occurred_at desc, id desc) as newest
           from trips where cardinality(image_keys) > 0) keyed
        where status <> 'review' and newest > $1)`,
    [retained],
  );
  for (let start = 0; start < rows.length; start += concurrency) {
    await Promise.all(
      rows
        .slice(start, start + concurrency)
        .map((row) =>
          objectStore.put(
            row.key,
            plateImage(
              row.jurisdiction ?? '',
              row.plate ?? '',
              new Date(row.occurred_at).toISOString(),
            ),
            { contentType: 'image/svg+xml' },
          ),
        ),
    );
  }
  return rows.length;
}
