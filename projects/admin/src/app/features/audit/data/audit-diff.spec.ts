import { diffValues } from './audit-diff';

describe('diffValues', () => {
  it('lists only the fields that changed, by path', () => {
    const before = { status: 'draft', entries: [{ tag: 235 }, { tag: 100 }], by: 'a' };
    const after = { status: 'published', entries: [{ tag: 335 }, { tag: 100 }], by: 'a' };
    expect(diffValues(before, after)).toEqual([
      { path: 'status', before: 'draft', after: 'published' },
      { path: 'entries.0.tag', before: '235', after: '335' },
    ]);
  });

  it('shows a created record as everything new', () => {
    expect(diffValues(null, { name: 'x' })).toEqual([
      { path: '(value)', before: '—', after: '{"name":"x"}' },
    ]);
  });

  it('shows added and removed fields', () => {
    expect(diffValues({ a: 1 }, { b: 2 })).toEqual([
      { path: 'a', before: '1', after: '—' },
      { path: 'b', before: '—', after: '2' },
    ]);
  });
});
