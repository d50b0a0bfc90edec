DROP INDEX "accounts_account_no_trgm";--> statement-breakpoint
CREATE INDEX "accounts_account_no_prefix_idx" ON "accounts" USING btree ("account_no" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "contacts_email_lower_idx" ON "contacts" USING btree (lower("email"));