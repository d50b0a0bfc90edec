import { maskEmail, maskName, maskPhone } from './masking.ts';

describe('masking personal data in search results', () => {
  it('keeps an initial and the last name', () => {
    expect(maskName('Jennifer', 'Garcia')).toBe('J. Garcia');
    expect(maskName('', 'Garcia')).toBe('Garcia');
  });

  it('keeps the first letter and the domain of an e-mail', () => {
    expect(maskEmail('jennifer.garcia12@example.com')).toBe('j***@example.com');
    expect(maskEmail('nonsense')).toBe('***');
    expect(maskEmail(null)).toBeNull();
  });

  it('keeps the last four digits of a phone number', () => {
    expect(maskPhone('+15125550123')).toBe('***-***-0123');
    expect(maskPhone('12')).toBe('***');
  });
});
