/** A card as the driver recognises it: which one, its last four and its expiry month. */
export interface CardExpiry {
  role: 'primary' | 'backup';
  last4: string;
  expMonth: number;
  expYear: number;
}

export interface CardExpiryAlert extends CardExpiry {
  kind: 'card_expiring' | 'card_expired';
  /** The last day the card works (its expiry month's last day), `YYYY-MM-DD`. */
  validThrough: string;
  /** Whole days from `today` to `validThrough`; negative once expired. */
  daysLeft: number;
}

const dayMs = 86_400_000;

/**
 * Cards that expire within `warningDays` of `today` (or already have), so a driver hears about
 * it before an auto top-up fails and a tag is suspended. A card works through the last day of
 * its expiry month. `today` is a UTC calendar date; times of day do not matter here.
 */
export function cardExpiryAlerts(
  cards: readonly CardExpiry[],
  today: Date,
  warningDays: number,
): CardExpiryAlert[] {
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return cards.flatMap((card) => {
    // Day 0 of the next month is the last day of the expiry month.
    const lastDay = Date.UTC(card.expYear, card.expMonth, 0);
    const daysLeft = Math.round((lastDay - todayUtc) / dayMs);
    if (daysLeft > warningDays) return [];
    return [
      {
        ...card,
        kind: daysLeft < 0 ? ('card_expired' as const) : ('card_expiring' as const),
        validThrough: new Date(lastDay).toISOString().slice(0, 10),
        daysLeft,
      },
    ];
  });
}
