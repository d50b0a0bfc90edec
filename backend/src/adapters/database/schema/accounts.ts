import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { at, cents, createdAt, id, oneOf, ref } from './columns.ts';

export const accountTypes = ['prepaid', 'toll_by_plate', 'fleet'] as const;
export const accountStatuses = ['active', 'suspended', 'closed'] as const;
export const tagStatuses = [
  'valid',
  'low_balance',
  'invalid',
  'lost',
  'stolen',
  'inactive',
] as const;

export type AccountType = (typeof accountTypes)[number];
export type AccountStatus = (typeof accountStatuses)[number];
export type TagStatus = (typeof tagStatuses)[number];
export const customerLanguages = ['en', 'es'] as const;
export type CustomerLanguage = (typeof customerLanguages)[number];
/** How statements and notices reach the driver: by e-mail or on paper by post. */
export const mailingPreferences = ['email', 'paper'] as const;
export type MailingPreference = (typeof mailingPreferences)[number];

/** A customer account. Its balance is not stored here: it is the sum of its ledger entries. */
export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    /** The human account number agents read over the phone, e.g. `100004217`. */
    accountNo: text('account_no').notNull().unique(),
    type: text('type', { enum: accountTypes }).notNull(),
    status: text('status', { enum: accountStatuses }).notNull().default('active'),
    /** Company name for fleet accounts; people's names live in contacts. */
    companyName: text('company_name'),
    autoTopUpThresholdCents: cents('auto_top_up_threshold_cents'),
    autoTopUpAmountCents: cents('auto_top_up_amount_cents'),
    /** Caller verification: hashed like passwords, never stored in clear. */
    pinHash: text('pin_hash'),
    securityQuestion: text('security_question'),
    securityAnswerHash: text('security_answer_hash'),
    /** The language of the driver's e-mails and statements. */
    preferredLanguage: text('preferred_language', { enum: customerLanguages })
      .notNull()
      .default('en'),
    mailingPreference: text('mailing_preference', { enum: mailingPreferences })
      .notNull()
      .default('email'),
    /** Notification choices of the driver; both default on, as before they could be chosen. */
    receiptEmails: boolean('receipt_emails').notNull().default(true),
    lowBalanceEmails: boolean('low_balance_emails').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('accounts_type_check', t.type, accountTypes),
    oneOf('accounts_mailing_preference_check', t.mailingPreference, mailingPreferences),
    oneOf('accounts_preferred_language_check', t.preferredLanguage, customerLanguages),
    oneOf('accounts_status_check', t.status, accountStatuses),
    check(
      'accounts_auto_top_up_check',
      sql`(${t.autoTopUpAmountCents} is null and ${t.autoTopUpThresholdCents} is null)
        or (${t.autoTopUpAmountCents} > 0 and ${t.autoTopUpThresholdCents} >= 0)`,
    ),
    // Prefix search on account numbers (LIKE '1005%') in any collation; digits make poor trigrams.
    index('accounts_account_no_prefix_idx').on(t.accountNo.op('text_pattern_ops')),
    index('accounts_company_name_trgm').using('gin', t.companyName.op('gin_trgm_ops')),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    accountId: ref('account_id')
      .notNull()
      .references(() => accounts.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** Kept by the database so search indexes one column. */
    fullName: text('full_name')
      .notNull()
      .generatedAlwaysAs(sql`first_name || ' ' || last_name`),
    email: text('email'),
    /** E.164, e.g. `+15125550123`; search strips non-digits from the query. */
    phone: text('phone'),
    addressLine1: text('address_line1'),
    addressLine2: text('address_line2'),
    city: text('city'),
    region: text('region'),
    postalCode: text('postal_code'),
    country: text('country').notNull().default('US'),
    isPrimary: boolean('is_primary').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('contacts_account_idx').on(t.accountId),
    uniqueIndex('contacts_one_primary_per_account')
      .on(t.accountId)
      .where(sql`${t.isPrimary}`),
    index('contacts_full_name_trgm').using('gin', t.fullName.op('gin_trgm_ops')),
    index('contacts_email_trgm').using('gin', t.email.op('gin_trgm_ops')),
    index('contacts_email_lower_idx').on(sql`lower(${t.email})`),
    index('contacts_phone_trgm').using('gin', t.phone.op('gin_trgm_ops')),
  ],
);

export const vehicles = pgTable(
  'vehicles',
  {
    id: id(),
    accountId: ref('account_id')
      .notNull()
      .references(() => accounts.id),
    /** Normalised: upper case, letters and digits only (no spaces or dashes). */
    plate: text('plate').notNull(),
    /** State or province code, e.g. `TX`. */
    jurisdiction: text('jurisdiction').notNull(),
    /** Vehicle class by axles (2 = car). */
    vehicleClass: smallint('vehicle_class').notNull().default(2),
    make: text('make'),
    model: text('model'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    check('vehicles_plate_normalised', sql`${t.plate} ~ '^[A-Z0-9]{1,10}$'`),
    check('vehicles_class_check', sql`${t.vehicleClass} between 2 and 9`),
    check('vehicles_dates_check', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    index('vehicles_account_idx').on(t.accountId),
    index('vehicles_plate_idx').on(t.plate, t.jurisdiction),
    // A plate can be on one account at a time; the old vehicle row keeps its end date.
    uniqueIndex('vehicles_active_plate_unique')
      .on(t.jurisdiction, t.plate)
      .where(sql`${t.endDate} is null`),
  ],
);

export const tags = pgTable(
  'tags',
  {
    id: id(),
    tagNo: text('tag_no').notNull().unique(),
    accountId: ref('account_id')
      .notNull()
      .references(() => accounts.id),
    vehicleId: ref('vehicle_id').references(() => vehicles.id),
    status: text('status', { enum: tagStatuses }).notNull().default('valid'),
    issuedAt: at('issued_at').notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('tags_status_check', t.status, tagStatuses),
    index('tags_account_idx').on(t.accountId),
  ],
);
