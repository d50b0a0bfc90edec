import type { AccountView, AdjustmentResult } from '../data/account.api';

/** An account header as the BFF sends it before the caller is verified. */
export function maskedAccount(overrides: Partial<AccountView> = {}): AccountView {
  return {
    id: '5',
    accountNo: '100000005',
    type: 'prepaid',
    status: 'active',
    companyName: null,
    balanceCents: 850,
    lowBalanceThresholdCents: 1000,
    agentAdjustmentLimitCents: 5000,
    autoTopUp: null,
    tagStatuses: [{ status: 'low_balance', count: 2 }],
    alerts: [{ code: 'low_balance', message: 'Balance below the low-balance threshold.' }],
    verification: {
      verified: false,
      verifiedUntil: null,
      methods: ['pin', 'security_answer'],
      securityQuestion: 'What was the name of your first pet?',
    },
    personalDataMasked: true,
    contacts: [
      {
        id: '9',
        isPrimary: true,
        name: 'J. Garcia',
        email: 'j***@example.com',
        phone: '***-***-0123',
        address: '***',
      },
    ],
    ...overrides,
  };
}

/** The same account once this agent has verified the caller. */
export function verifiedAccount(): AccountView {
  const masked = maskedAccount();
  return {
    ...masked,
    verification: { ...masked.verification, verified: true, verifiedUntil: '2026-11-25T16:15:00Z' },
    personalDataMasked: false,
    contacts: [
      {
        id: '9',
        isPrimary: true,
        name: 'Jennifer Garcia',
        email: 'jennifer.garcia@example.com',
        phone: '+15125550123',
        address: '1 Main St, Austin, TX 78701, US',
      },
    ],
  };
}

export function pendingAdjustment(amountCents: number): AdjustmentResult {
  return {
    id: '77',
    status: 'pending',
    amountCents,
    awaitingApproval: true,
    agentLimitCents: 5000,
    balanceCents: 850,
    message: 'Above your limit of 5000 cents: the adjustment awaits supervisor approval.',
  };
}
