ALTER TABLE "accounts" ADD COLUMN "mailing_preference" text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "receipt_emails" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "low_balance_emails" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_mailing_preference_check" CHECK ("accounts"."mailing_preference" in ('email', 'paper'));