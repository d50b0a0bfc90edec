import { parseValue, valueText } from './rule-value';

describe('rule values', () => {
  it('shows money in dollars and reads it back as cents', () => {
    expect(valueText('cents', 250)).toBe('2.50');
    expect(parseValue('cents', '2.50')).toEqual({ value: 250 });
    expect(parseValue('cents', '2.505')).toBeNull();
  });

  it('reads counts, ratios and JSON structures', () => {
    expect(parseValue('days', '30')).toEqual({ value: 30 });
    expect(parseValue('days', '3.5')).toBeNull();
    expect(parseValue('ratio', '0.9')).toEqual({ value: 0.9 });
    expect(parseValue('ratio', '1.2')).toBeNull();
    expect(parseValue('ladder', '[{"stage":"violation"}]')).toEqual({ value: [{ stage: 'violation' }] });
    expect(parseValue('ladder', '[{')).toBeNull();
  });
});
