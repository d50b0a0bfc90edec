/**
 * Business rules a new installation starts with. They are rows in `configuration` (effective
 * dated, changed by admins), not constants: code reads them by these keys.
 */
export const configurationKeys = {
  adminFeeCents: 'fees.tollByPlateAdminFeeCents',
  escalationLadder: 'invoices.escalationLadder',
  invoiceDueDays: 'invoices.dueDays',
  billingCycle: 'billing.cycle',
  lowBalanceCents: 'tags.lowBalanceCents',
  autoTopUpCents: 'accounts.autoTopUpCents',
  agentAdjustmentLimitCents: 'adjustments.agentLimitCents',
  duplicateWindowSeconds: 'trips.duplicateWindowSeconds',
  ocrConfidenceThreshold: 'ocr.confidenceThreshold',
  tripMaxAgeDays: 'trips.maxAgeDays',
  caseSlaDays: 'cases.slaDays',
  /** Days to resolve a case of each kind; a kind not listed takes `cases.slaDays`. */
  caseSlaDaysByKind: 'cases.slaDaysByKind',
  /** Invoice line kinds (`fee`, `penalty`) written off when toll-by-plate converts to prepaid. */
  conversionWaivedLineKinds: 'accounts.conversionWaivedLineKinds',
  /** Days ahead of a card's expiry that the customer dashboard starts warning. */
  cardExpiryWarningDays: 'cards.expiryWarningDays',
  /** Local dates (`YYYY-MM-DD`) rated as holidays at every plaza. */
  holidays: 'rating.holidays',
} as const;

export interface EscalationStep {
  stage: 'second_notice' | 'violation' | 'collections';
  /** Days after the invoice was issued. */
  afterDays: number;
  feeCents: number;
}

/** NC Quick Pass-like ladder: +$6 after 30 days, $25 penalty after 60, collections after 90. */
export const defaultEscalationLadder: readonly EscalationStep[] = [
  { stage: 'second_notice', afterDays: 30, feeCents: 600 },
  { stage: 'violation', afterDays: 60, feeCents: 2500 },
  { stage: 'collections', afterDays: 90, feeCents: 0 },
];

export interface BillingCycle {
  /** Unbilled tolls are invoiced on these days of the month, covering travel before that day. */
  issueDaysOfMonth: readonly number[];
  /** Promise to drivers: no bill later than this many days after travel. */
  maxDaysAfterTravel: number;
}

export const defaultBillingCycle: BillingCycle = {
  issueDaysOfMonth: [1, 16],
  maxDaysAfterTravel: 21,
};

export const defaultConfiguration: Record<string, unknown> = {
  [configurationKeys.adminFeeCents]: 250,
  [configurationKeys.escalationLadder]: defaultEscalationLadder,
  [configurationKeys.invoiceDueDays]: 30,
  [configurationKeys.billingCycle]: defaultBillingCycle,
  [configurationKeys.lowBalanceCents]: 1000,
  [configurationKeys.autoTopUpCents]: 4000,
  [configurationKeys.agentAdjustmentLimitCents]: 5000,
  [configurationKeys.duplicateWindowSeconds]: 60,
  [configurationKeys.ocrConfidenceThreshold]: 0.85,
  [configurationKeys.tripMaxAgeDays]: 180,
  [configurationKeys.caseSlaDays]: 10,
  [configurationKeys.caseSlaDaysByKind]: { dispute: 10, inquiry: 5, hardship: 15 },
  // Invoice fees exist to bill by mail; a converting customer keeps owing penalties only.
  [configurationKeys.conversionWaivedLineKinds]: ['fee'],
  [configurationKeys.cardExpiryWarningDays]: 30,
  // None by default: each operator lists its own (a holiday rates by the holiday bands).
  [configurationKeys.holidays]: [],
};
