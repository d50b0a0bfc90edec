import type { CustomerAccount } from '../data/customer-account.api';
import type { MyProfile } from '../data/profile.api';

/** A signed-in customer's account as the BFF answers it, for page tests. */
export const account: CustomerAccount = {
  id: '42',
  accountNo: '100004217',
  type: 'prepaid',
  status: 'active',
  holderName: 'Jordan Rivera',
  balanceCents: 2345,
  autoTopUp: { thresholdCents: 1000, amountCents: 4000 },
  cardOnFile: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 },
  backupCard: null,
  cardAlerts: [],
  tags: [
    { id: '7', tagNo: 'BEA-0000123', status: 'low_balance', plate: 'abc 123', vehicleId: '5' },
  ],
  tagRequests: [],
  vehicles: [
    {
      id: '5',
      plate: 'abc-123',
      jurisdiction: 'nc',
      vehicleClass: 2,
      make: 'Toyota',
      model: 'Corolla',
      startDate: '2026-01-02',
      endDate: null,
    },
  ],
  recentTrips: [
    {
      id: 't1',
      occurredAt: '2026-11-24T13:05:00Z',
      plazaName: 'Northbridge Main',
      plazaCode: 'NB01',
      timeZone: 'America/Chicago',
      plate: 'ABC123',
      readType: 'tag',
      amountCents: 275,
      status: 'posted',
      rate: {
        scheduleVersion: 2,
        dayType: 'weekday',
        band: '06:00–09:00',
        vehicleClass: 2,
        rate: 'tag',
        rateCents: 275,
      },
      hasPhoto: true,
    },
    {
      id: 't2',
      occurredAt: '2026-11-24T14:00:00Z',
      plazaName: 'Southgate',
      plazaCode: 'SG02',
      timeZone: 'America/Chicago',
      plate: null,
      readType: 'review',
      amountCents: null,
      status: 'review',
      rate: null,
      hasPhoto: false,
    },
  ],
};

/** A profile as the BFF answers it before the driver changes anything. */
export const profile: MyProfile = {
  phone: '+19195550100',
  mailingPreference: 'email',
  notifications: { receiptEmails: true, lowBalanceEmails: true },
};
