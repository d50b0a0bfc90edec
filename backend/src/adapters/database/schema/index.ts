/** The one Beaus schema, used by drizzle-kit for migrations and by Drizzle for queries. */
export * from './accounts.ts';
export * from './adjustments.ts';
export * from './audit.ts';
export * from './cases.ts';
export * from './configuration.ts';
export * from './invoices.ts';
export * from './ledger.ts';
export * from './payments.ts';
export * from './projections.ts';
export * from './rates.ts';
export * from './refunds.ts';
export * from './review.ts';
export * from './roadside.ts';
export * from './self-service.ts';
export * from './trips.ts';
export * from './users.ts';
