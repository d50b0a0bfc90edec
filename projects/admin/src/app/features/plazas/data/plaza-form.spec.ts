import { emptyPlaza, plazaProblems } from './plaza-form';

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
