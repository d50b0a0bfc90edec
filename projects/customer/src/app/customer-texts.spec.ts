import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TranslationSet } from '@beaus/shared';

/**
 * Every text of the customer app exists in Spanish: each `*.texts.ts` set has exactly the same
 * keys in `es` as in `en`, none empty, with the same placeholders, and every `customer.*` key the
 * app's code and templates name is defined. A new texts file is picked up without listing it.
 */
const appDir = __dirname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const files = filesUnder(appDir);
const textFiles = files.filter((file) => file.endsWith('.texts.ts'));

function setsOf(file: string): [string, TranslationSet][] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(file) as Record<string, unknown>;
  return Object.entries(module).filter(
    (entry): entry is [string, TranslationSet] =>
      typeof entry[1] === 'object' && entry[1] !== null && 'en' in entry[1] && 'es' in entry[1],
  );
}

const sets = textFiles.flatMap((file) =>
  setsOf(file).map(([name, set]) => ({ name: `${relative(appDir, file)} ${name}`, set })),
);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('customer app texts', () => {
  it('finds the texts files', () => {
    expect(sets.length).toBeGreaterThanOrEqual(3);
  });

  it.each(sets.map(({ name, set }) => [name, set] as const))(
    '%s: Spanish has every English key, filled in, with the same placeholders',
    (_name, set) => {
      expect(Object.keys(set.es).sort()).toEqual(Object.keys(set.en).sort());
      for (const [key, english] of Object.entries(set.en)) {
        const spanish = set.es[key] ?? '';
        expect({ key, empty: spanish.trim() === '' }).toEqual({ key, empty: false });
        expect({ key, placeholders: placeholders(spanish) }).toEqual({
          key,
          placeholders: placeholders(english),
        });
      }
    },
  );

  it('defines every customer.* key the app names in its code and templates', () => {
    const defined = new Set(sets.flatMap(({ set }) => Object.keys(set.en)));
    const used = new Set<string>();
    for (const file of files) {
      if (!/\.(ts|html)$/.test(file) || /\.(spec|texts)\.ts$/.test(file)) continue;
      const source = readFileSync(file, 'utf8');
      // Whole literal keys only; a prefix joined with a value ('customer.type.' + type) ends in '.'.
      for (const match of source.matchAll(/['"](customer\.[A-Za-z0-9_.]*[A-Za-z0-9_])['"]/g)) {
        used.add(match[1]!);
      }
    }
    expect([...used].filter((key) => !defined.has(key)).sort()).toEqual([]);
  });
});
