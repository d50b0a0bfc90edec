/**
 * The domain's public surface: pure rules, no I/O. Import from here (`../domain/index.ts`), not
 * from the files, so the files can be reorganised without touching callers.
 */
export * from './money.ts';
export * from './trip.ts';
export * from './plate.ts';
export * from './matching.ts';
export * from './duplicates.ts';
export * from './rate-schedule.ts';
export * from './rating.ts';
export * from './ledger.ts';
export * from './posting.ts';
export * from './invoicing.ts';
export * from './escalation.ts';
export * from './adjustments.ts';
export * from './refunds.ts';
export * from './configuration.ts';
export * from './statements.ts';
export * from './password-policy.ts';
export * from './card-expiry.ts';
export * from './phone.ts';
