import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { lookup } from 'mime-types';

/** Angular's production output names content-hashed files `name-HASH.ext` (8+ chars). */
const HASHED_FILE = /-[A-Z0-9]{8,}\.[a-z0-9]+$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export interface AppFile {
  /** Path on disk. */
  readonly path: string;
  /** Object key: `<app>/<path inside the build>` with forward slashes. */
  readonly key: string;
  readonly contentType: string;
  readonly cacheControl: string;
}

/** Hashed bundles never change under their name; everything else (index.html) revalidates. */
export function cacheControlFor(fileName: string): string {
  return HASHED_FILE.test(fileName) ? IMMUTABLE : REVALIDATE;
}

export function contentTypeFor(fileName: string): string {
  const type = lookup(fileName) || 'application/octet-stream';
  return /^(text\/|application\/(javascript|json))/.test(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Files of one app's build, ordered so that `index.html` files come last: a browser that loads
 * the new index during the upload finds every bundle it names already in place.
 */
export function listAppFiles(app: string, buildDir: string): AppFile[] {
  const files = readdirSync(buildDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const key = `${app}/${relative(buildDir, path).split(sep).join('/')}`;
      return {
        path,
        key,
        contentType: contentTypeFor(entry.name),
        cacheControl: cacheControlFor(entry.name),
      };
    });
  const isIndex = (file: AppFile): number => (file.key.endsWith('index.html') ? 1 : 0);
  return files.sort((a, b) => isIndex(a) - isIndex(b) || a.key.localeCompare(b.key));
}
