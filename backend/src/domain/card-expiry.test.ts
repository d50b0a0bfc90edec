import { cardExpiryAlerts, type CardExpiry } from './card-expiry.ts';

const card = (expMonth: number, expYear: number, role: CardExpiry['role'] = 'primary') => ({
  role,
  last4: '4242',
  expMonth,
  expYear,
});
const today = new Date('2026-11-25T23:30:00Z');

describe('cardExpiryAlerts', () => {
  it('warns about a card that works through the end of this month', () => {
    expect(cardExpiryAlerts([card(11, 2026)], today, 30)).toEqual([
      { ...card(11, 2026), kind: 'card_expiring', validThrough: '2026-11-30', daysLeft: 5 },
    ]);
  });

  it('warns within the configured days and not before', () => {
    expect(cardExpiryAlerts([card(12, 2026)], today, 30)).toHaveLength(0);
    expect(cardExpiryAlerts([card(12, 2026)], today, 36)).toEqual([
      expect.objectContaining({ kind: 'card_expiring', validThrough: '2026-12-31', daysLeft: 36 }),
    ]);
  });

  it('says a card from an earlier month has expired, for each card on file', () => {
    const alerts = cardExpiryAlerts([card(10, 2026), card(1, 2030, 'backup')], today, 30);
    expect(alerts).toEqual([
      expect.objectContaining({
        role: 'primary',
        kind: 'card_expired',
        validThrough: '2026-10-31',
      }),
    ]);
  });

  it('handles February in a leap year', () => {
    const [alert] = cardExpiryAlerts([card(2, 2028)], new Date('2028-02-01T00:00:00Z'), 30);
    expect(alert).toMatchObject({ validThrough: '2028-02-29', daysLeft: 28 });
  });
});
