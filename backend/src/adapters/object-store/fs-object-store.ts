import { randomUUID } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { probeHealth } from '../health-status.ts';
import { assertValidKey, type ObjectStore, type StoredObject } from './object-store.ts';

const defaultContentType = 'application/octet-stream';

/**
 * The embedded object store: one file per object under `root/data`, its content type beside it
 * under `root/meta`. Writes go to a temporary file first and are renamed into place, so a reader
 * never sees half an image.
 */
export async function createFsObjectStore(root: string): Promise<ObjectStore> {
  const dataRoot = join(root, 'data');
  const metaRoot = join(root, 'meta');
  const tmpRoot = join(root, 'tmp');
  await Promise.all([dataRoot, metaRoot, tmpRoot].map((dir) => mkdir(dir, { recursive: true })));

  const dataPath = (key: string) => join(dataRoot, ...key.split('/'));
  const metaPath = (key: string) => join(metaRoot, ...key.split('/')) + '.json';

  async function writeAtomically(path: string, body: Buffer | string): Promise<void> {
    const temporary = join(tmpRoot, randomUUID());
    await writeFile(temporary, body);
    await mkdir(dirname(path), { recursive: true });
    await rename(temporary, path);
  }

  return {
    kind: 'fs',
    async put(key, body, options) {
      assertValidKey(key);
      const meta = { contentType: options?.contentType ?? defaultContentType };
      await writeAtomically(metaPath(key), JSON.stringify(meta));
      await writeAtomically(dataPath(key), body);
    },
    async get(key): Promise<StoredObject | null> {
      assertValidKey(key);
      try {
        const body = await readFile(dataPath(key));
        const meta = await readFile(metaPath(key), 'utf8').catch(() => '{}');
        const contentType = (JSON.parse(meta) as { contentType?: string }).contentType;
        return { body, contentType: contentType ?? defaultContentType };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async exists(key) {
      assertValidKey(key);
      return access(dataPath(key)).then(
        () => true,
        () => false,
      );
    },
    async delete(key) {
      assertValidKey(key);
      await rm(dataPath(key), { force: true });
      await rm(metaPath(key), { force: true });
    },
    async list(prefix) {
      const files = await readdir(dataRoot, { recursive: true, withFileTypes: true });
      return files
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dataRoot, join(entry.parentPath, entry.name)).split(sep).join('/'))
        .filter((key) => key.startsWith(prefix))
        .sort();
    },
    health: () => probeHealth('fs', () => access(dataRoot)),
    close: async () => undefined,
  };
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}
