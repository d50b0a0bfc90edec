import { e164 } from './phone.ts';

describe('e164', () => {
  it('reads ten digits as a North American number, however they were typed', () => {
    expect(e164('(512) 555-0142')).toBe('+15125550142');
  });
  it('keeps a number that already carries its country code', () => {
    expect(e164('+44 20 7946 0958')).toBe('+442079460958');
  });
});
