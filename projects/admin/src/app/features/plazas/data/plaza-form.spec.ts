import { emptyPlaza, plazaChanges, plazaDraftOf, plazaProblems } from './plaza-form';

describe('plazaProblems', () => {
  const good = { ...emptyPlaza, code: 'AUS-NEW', name: 'New', roadway: 'SH 45', latitude: '30.4', longitude: '-97.7' };

  it('accepts a complete plaza', () => {
    expect(plazaProblems(good)).toEqual({});
  });

  it('names each wrong field, including a time zone the browser does not know', () => {
    expect(
      plazaProblems({ ...good, code: 'aus', latitude: '91', longitude: 'x', timeZone: 'Mars/Base' }),
    ).toEqual({
      code: 'admin.plazaForm.codeInvalid',
      latitude: 'admin.plazaForm.latitude',
      longitude: 'admin.plazaForm.longitude',
      timeZone: 'admin.plazaForm.zone',
    });
  });
});

describe('plazaChanges', () => {
  const stored = plazaDraftOf({
    code: 'NB01',
    name: 'Northbridge',
    roadway: 'NC-540',
    latitude: 35.9,
    longitude: -78.8,
    timeZone: 'America/New_York',
    direction: 'NB',
  });

  it('is empty while the form holds the stored plaza, even retyped as other numerals', () => {
    expect(plazaChanges(stored, { ...stored, latitude: '35.90', name: 'Northbridge ' })).toEqual(
      {},
    );
  });

  it('carries only the changed fields, trimmed and as numbers', () => {
    expect(
      plazaChanges(stored, { ...stored, name: ' Northbridge Main ', longitude: '-78.75', direction: 'SB' }),
    ).toEqual({ name: 'Northbridge Main', longitude: -78.75, direction: 'SB' });
  });
});
