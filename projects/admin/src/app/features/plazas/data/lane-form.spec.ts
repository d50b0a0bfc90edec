import { emptyLane, laneProblems } from './lane-form';

describe('laneProblems', () => {
  it('accepts a well-formed code the plaza does not have yet', () => {
    expect(laneProblems({ code: ' R-1 ', type: 'ramp' }, ['1', '2'])).toEqual({});
  });

  it('refuses an empty, malformed or too long code', () => {
    for (const code of ['', 'lane 1', '1/2', 'ABCDEFGHIJKLMNOPQ']) {
      expect(laneProblems({ ...emptyLane, code }, [])).toEqual({
        code: 'admin.laneForm.codeInvalid',
      });
    }
  });

  it('refuses a code the plaza already has, as the BFF would', () => {
    expect(laneProblems({ ...emptyLane, code: '2' }, ['1', '2'])).toEqual({
      code: 'admin.laneForm.codeTaken',
    });
  });
});
