import type { ObjectStore } from './object-store.ts';

/** What every ObjectStore must do, run against the local folder and an S3 API. */
export function describeObjectStoreContract(name: string, open: () => Promise<ObjectStore>): void {
  describe(`${name} object store contract`, () => {
    let store: ObjectStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(() => store.close());

    it('reads back the bytes and content type it stored', async () => {
      const image = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
      await store.put('evidence/2026/11/25/evt-1.jpg', image, { contentType: 'image/jpeg' });
      const stored = await store.get('evidence/2026/11/25/evt-1.jpg');
      expect(stored?.contentType).toBe('image/jpeg');
      expect(stored?.body.equals(image)).toBe(true);
    });

    it('stores text and replaces an object written twice', async () => {
      await store.put('exports/report.csv', 'a,b\n1,2\n', { contentType: 'text/csv' });
      await store.put('exports/report.csv', 'a,b\n3,4\n', { contentType: 'text/csv' });
      expect((await store.get('exports/report.csv'))?.body.toString()).toBe('a,b\n3,4\n');
    });

    it('answers null and false for a key it does not hold', async () => {
      expect(await store.get('evidence/none.jpg')).toBeNull();
      expect(await store.exists('evidence/none.jpg')).toBe(false);
    });

    it('deletes, and deleting a missing key is not an error', async () => {
      await store.put('tmp/a.txt', 'a');
      expect(await store.exists('tmp/a.txt')).toBe(true);
      await store.delete('tmp/a.txt');
      expect(await store.exists('tmp/a.txt')).toBe(false);
      await expect(store.delete('tmp/a.txt')).resolves.toBeUndefined();
    });

    it('lists keys by prefix, sorted', async () => {
      await store.put('evidence/p2/b.jpg', 'b');
      await store.put('evidence/p1/a.jpg', 'a');
      await store.put('exports/x.csv', 'x');
      expect(await store.list('evidence/')).toEqual(['evidence/p1/a.jpg', 'evidence/p2/b.jpg']);
      expect(await store.list('evidence/p2')).toEqual(['evidence/p2/b.jpg']);
      expect(await store.list('nothing/')).toEqual([]);
    });

    it.each(['../escape.txt', '/absolute.txt', 'a//b', 'a/./b', ''])(
      'refuses the unsafe key %j',
      async (key) => {
        await expect(store.put(key, 'x')).rejects.toThrow(/Invalid object key/);
      },
    );

    it('reports itself up', async () => {
      expect(await store.health()).toMatchObject({ status: 'up', kind: store.kind });
    });
  });
}
