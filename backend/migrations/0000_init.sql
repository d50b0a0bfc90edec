-- Hand-added: trigram indexes below need pg_trgm (PGlite: pass pgliteExtensions from schema/extensions.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "accounts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_no" text NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"company_name" text,
	"auto_top_up_threshold_cents" bigint,
	"auto_top_up_amount_cents" bigint,
	"pin_hash" text,
	"security_question" text,
	"security_answer_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_account_no_unique" UNIQUE("account_no"),
	CONSTRAINT "accounts_type_check" CHECK ("accounts"."type" in ('prepaid', 'toll_by_plate', 'fleet')),
	CONSTRAINT "accounts_status_check" CHECK ("accounts"."status" in ('active', 'suspended', 'closed')),
	CONSTRAINT "accounts_auto_top_up_check" CHECK (("accounts"."auto_top_up_amount_cents" is null and "accounts"."auto_top_up_threshold_cents" is null)
        or ("accounts"."auto_top_up_amount_cents" > 0 and "accounts"."auto_top_up_threshold_cents" >= 0))
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contacts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" bigint NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"full_name" text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED NOT NULL,
	"email" text,
	"phone" text,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country" text DEFAULT 'US' NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tags_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tag_no" text NOT NULL,
	"account_id" bigint NOT NULL,
	"vehicle_id" bigint,
	"status" text DEFAULT 'valid' NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tags_tag_no_unique" UNIQUE("tag_no"),
	CONSTRAINT "tags_status_check" CHECK ("tags"."status" in ('valid', 'low_balance', 'invalid', 'lost', 'stolen', 'inactive'))
);
--> statement-breakpoint
CREATE TABLE "vehicles" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "vehicles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" bigint NOT NULL,
	"plate" text NOT NULL,
	"jurisdiction" text NOT NULL,
	"vehicle_class" smallint DEFAULT 2 NOT NULL,
	"make" text,
	"model" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vehicles_plate_normalised" CHECK ("vehicles"."plate" ~ '^[A-Z0-9]{1,10}$'),
	CONSTRAINT "vehicles_class_check" CHECK ("vehicles"."vehicle_class" between 2 and 9),
	CONSTRAINT "vehicles_dates_check" CHECK ("vehicles"."end_date" is null or "vehicles"."end_date" >= "vehicles"."start_date")
);
--> statement-breakpoint
CREATE TABLE "adjustments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "adjustments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" bigint NOT NULL,
	"trip_id" bigint,
	"amount_cents" bigint NOT NULL,
	"reason_code" text NOT NULL,
	"note" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" bigint NOT NULL,
	"decided_by" bigint,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adjustments_status_check" CHECK ("adjustments"."status" in ('pending', 'approved', 'rejected', 'applied')),
	CONSTRAINT "adjustments_amount_check" CHECK ("adjustments"."amount_cents" <> 0),
	CONSTRAINT "adjustments_note_check" CHECK (length(trim("adjustments"."note")) > 0),
	CONSTRAINT "adjustments_decision_check" CHECK ("adjustments"."status" not in ('approved', 'rejected') or "adjustments"."decided_by" is not null)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" bigint,
	"actor_username" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" bigint,
	"kind" text NOT NULL,
	"trip_ids" bigint[] DEFAULT '{}'::bigint[] NOT NULL,
	"invoice_id" bigint,
	"subject" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"owner_id" bigint,
	"opened_by" bigint,
	"sla_due_at" timestamp with time zone NOT NULL,
	"outcome" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_kind_check" CHECK ("cases"."kind" in ('dispute', 'inquiry', 'hardship')),
	CONSTRAINT "cases_status_check" CHECK ("cases"."status" in ('open', 'in_progress', 'resolved', 'closed')),
	CONSTRAINT "cases_outcome_check" CHECK ("cases"."outcome" in ('upheld', 'denied', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "notes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" bigint NOT NULL,
	"case_id" bigint,
	"author_id" bigint NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "configuration" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "configuration_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "configuration_key_effective_from" UNIQUE("key","effective_from")
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "invoice_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"invoice_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"trip_id" bigint,
	"amount_cents" bigint NOT NULL,
	"rule_ref" text,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_lines_kind_check" CHECK ("invoice_lines"."kind" in ('trip', 'fee', 'penalty')),
	CONSTRAINT "invoice_lines_amount_check" CHECK ("invoice_lines"."amount_cents" > 0),
	CONSTRAINT "invoice_lines_trip_check" CHECK (("invoice_lines"."kind" = 'trip') = ("invoice_lines"."trip_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "invoice_stage_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "invoice_stage_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"invoice_id" bigint NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"fee_cents" bigint DEFAULT 0 NOT NULL,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_stage_history_to_check" CHECK ("invoice_stage_history"."to_stage" in ('invoice', 'second_notice', 'violation', 'collections')),
	CONSTRAINT "invoice_stage_history_fee_check" CHECK ("invoice_stage_history"."fee_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "invoices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"invoice_no" text NOT NULL,
	"plate" text NOT NULL,
	"jurisdiction" text NOT NULL,
	"account_id" bigint,
	"stage" text DEFAULT 'invoice' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"due_at" date NOT NULL,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_invoice_no_unique" UNIQUE("invoice_no"),
	CONSTRAINT "invoices_stage_check" CHECK ("invoices"."stage" in ('invoice', 'second_notice', 'violation', 'collections')),
	CONSTRAINT "invoices_status_check" CHECK ("invoices"."status" in ('open', 'paid', 'void'))
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"trip_id" bigint,
	"payment_id" bigint,
	"adjustment_id" bigint,
	"invoice_id" bigint,
	"source_ref" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_kind_source_unique" UNIQUE("kind","source_ref"),
	CONSTRAINT "ledger_entries_kind_check" CHECK ("ledger_entries"."kind" in ('trip', 'payment', 'adjustment', 'refund', 'fee', 'reversal', 'top_up')),
	CONSTRAINT "ledger_entries_nonzero_check" CHECK ("ledger_entries"."amount_cents" <> 0),
	CONSTRAINT "ledger_entries_sign_check" CHECK (("ledger_entries"."kind" not in ('trip', 'fee') or "ledger_entries"."amount_cents" < 0)
        and ("ledger_entries"."kind" not in ('payment', 'top_up') or "ledger_entries"."amount_cents" > 0))
);
--> statement-breakpoint
CREATE TABLE "payment_methods" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payment_methods_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" bigint NOT NULL,
	"gateway_token" text NOT NULL,
	"brand" text NOT NULL,
	"last4" text NOT NULL,
	"exp_month" smallint NOT NULL,
	"exp_year" smallint NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_methods_gateway_token_unique" UNIQUE("gateway_token"),
	CONSTRAINT "payment_methods_last4_check" CHECK ("payment_methods"."last4" ~ '^[0-9]{4}$'),
	CONSTRAINT "payment_methods_exp_month_check" CHECK ("payment_methods"."exp_month" between 1 and 12),
	CONSTRAINT "payment_methods_exp_year_check" CHECK ("payment_methods"."exp_year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"gateway_ref" text,
	"payment_method_id" bigint,
	"account_id" bigint,
	"invoice_id" bigint,
	"failure_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "payments_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "payments_status_check" CHECK ("payments"."status" in ('pending', 'succeeded', 'failed', 'refunded')),
	CONSTRAINT "payments_amount_check" CHECK ("payments"."amount_cents" > 0),
	CONSTRAINT "payments_target_check" CHECK ("payments"."account_id" is not null or "payments"."invoice_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "rate_schedule_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rate_schedule_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"schedule_id" bigint NOT NULL,
	"vehicle_class" smallint NOT NULL,
	"day_type" text NOT NULL,
	"start_minute" smallint NOT NULL,
	"end_minute" smallint NOT NULL,
	"tag_rate_cents" bigint NOT NULL,
	"plate_rate_cents" bigint NOT NULL,
	CONSTRAINT "rate_schedule_entries_band" UNIQUE("schedule_id","vehicle_class","day_type","start_minute"),
	CONSTRAINT "rate_schedule_entries_day_type_check" CHECK ("rate_schedule_entries"."day_type" in ('weekday', 'weekend', 'holiday')),
	CONSTRAINT "rate_schedule_entries_minutes_check" CHECK ("rate_schedule_entries"."start_minute" >= 0 and "rate_schedule_entries"."end_minute" <= 1440 and "rate_schedule_entries"."start_minute" < "rate_schedule_entries"."end_minute"),
	CONSTRAINT "rate_schedule_entries_rates_check" CHECK ("rate_schedule_entries"."tag_rate_cents" >= 0 and "rate_schedule_entries"."plate_rate_cents" >= "rate_schedule_entries"."tag_rate_cents")
);
--> statement-breakpoint
CREATE TABLE "rate_schedules" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rate_schedules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"plaza_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rate_schedules_plaza_version" UNIQUE("plaza_id","version"),
	CONSTRAINT "rate_schedules_status_check" CHECK ("rate_schedules"."status" in ('draft', 'published')),
	CONSTRAINT "rate_schedules_published_check" CHECK (("rate_schedules"."status" = 'published') = ("rate_schedules"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "lanes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "lanes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"plaza_id" bigint NOT NULL,
	"code" text NOT NULL,
	"type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lanes_plaza_code" UNIQUE("plaza_id","code"),
	CONSTRAINT "lanes_type_check" CHECK ("lanes"."type" in ('open_road', 'express', 'ramp'))
);
--> statement-breakpoint
CREATE TABLE "plazas" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plazas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"roadway" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"time_zone" text NOT NULL,
	"direction" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plazas_code_unique" UNIQUE("code"),
	CONSTRAINT "plazas_direction_check" CHECK ("plazas"."direction" in ('NB', 'SB', 'EB', 'WB')),
	CONSTRAINT "plazas_latitude_check" CHECK ("plazas"."latitude" between -90 and 90),
	CONSTRAINT "plazas_longitude_check" CHECK ("plazas"."longitude" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "roadside_devices" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "roadside_devices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"lane_id" bigint NOT NULL,
	"name" text NOT NULL,
	"credential_hash" text NOT NULL,
	"credential_rotated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"last_seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadside_devices_name_unique" UNIQUE("name"),
	CONSTRAINT "roadside_devices_status_check" CHECK ("roadside_devices"."status" in ('active', 'maintenance', 'disabled'))
);
--> statement-breakpoint
CREATE TABLE "dead_letters" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dead_letters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"topic" text NOT NULL,
	"key" text,
	"payload" jsonb NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trips" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "trips_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"event_id" text NOT NULL,
	"device_id" bigint NOT NULL,
	"plaza_id" bigint NOT NULL,
	"lane_id" bigint NOT NULL,
	"direction" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"tag_no" text,
	"plate" text,
	"jurisdiction" text,
	"ocr_confidence" real,
	"vehicle_class" smallint NOT NULL,
	"image_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"account_id" bigint,
	"status" text NOT NULL,
	"read_type" text NOT NULL,
	"amount_cents" bigint,
	"rate_schedule_id" bigint,
	"rate_explanation" jsonb,
	"posted_at" timestamp with time zone,
	CONSTRAINT "trips_event_id_unique" UNIQUE("event_id"),
	CONSTRAINT "trips_status_check" CHECK ("trips"."status" in ('posted', 'review', 'unbilled', 'invoiced', 'reversed', 'dead_letter')),
	CONSTRAINT "trips_read_type_check" CHECK ("trips"."read_type" in ('tag', 'plate', 'review')),
	CONSTRAINT "trips_direction_check" CHECK ("trips"."direction" in ('NB', 'SB', 'EB', 'WB')),
	CONSTRAINT "trips_amount_check" CHECK ("trips"."amount_cents" is null or "trips"."amount_cents" >= 0),
	CONSTRAINT "trips_ocr_confidence_check" CHECK ("trips"."ocr_confidence" is null or "trips"."ocr_confidence" between 0 and 1),
	CONSTRAINT "trips_identified_check" CHECK ("trips"."tag_no" is not null or "trips"."plate" is not null)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"password_hash" text,
	"roles" text[] NOT NULL,
	"team" text,
	"account_id" bigint,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_roles_check" CHECK (cardinality("users"."roles") > 0 and "users"."roles" <@ array['customer', 'agent', 'supervisor', 'admin']::text[]),
	CONSTRAINT "users_customer_account_check" CHECK (not ('customer' = any("users"."roles")) or "users"."account_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicles" ADD CONSTRAINT "vehicles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_trip_id_trips_id_fk" FOREIGN KEY ("trip_id") REFERENCES "public"."trips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "configuration" ADD CONSTRAINT "configuration_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_trip_id_trips_id_fk" FOREIGN KEY ("trip_id") REFERENCES "public"."trips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_stage_history" ADD CONSTRAINT "invoice_stage_history_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_trip_id_trips_id_fk" FOREIGN KEY ("trip_id") REFERENCES "public"."trips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_adjustment_id_adjustments_id_fk" FOREIGN KEY ("adjustment_id") REFERENCES "public"."adjustments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD CONSTRAINT "payment_methods_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_payment_method_id_payment_methods_id_fk" FOREIGN KEY ("payment_method_id") REFERENCES "public"."payment_methods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_schedule_entries" ADD CONSTRAINT "rate_schedule_entries_schedule_id_rate_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."rate_schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_schedules" ADD CONSTRAINT "rate_schedules_plaza_id_plazas_id_fk" FOREIGN KEY ("plaza_id") REFERENCES "public"."plazas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_schedules" ADD CONSTRAINT "rate_schedules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lanes" ADD CONSTRAINT "lanes_plaza_id_plazas_id_fk" FOREIGN KEY ("plaza_id") REFERENCES "public"."plazas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadside_devices" ADD CONSTRAINT "roadside_devices_lane_id_lanes_id_fk" FOREIGN KEY ("lane_id") REFERENCES "public"."lanes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trips" ADD CONSTRAINT "trips_device_id_roadside_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."roadside_devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trips" ADD CONSTRAINT "trips_plaza_id_plazas_id_fk" FOREIGN KEY ("plaza_id") REFERENCES "public"."plazas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trips" ADD CONSTRAINT "trips_lane_id_lanes_id_fk" FOREIGN KEY ("lane_id") REFERENCES "public"."lanes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trips" ADD CONSTRAINT "trips_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trips" ADD CONSTRAINT "trips_rate_schedule_id_rate_schedules_id_fk" FOREIGN KEY ("rate_schedule_id") REFERENCES "public"."rate_schedules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_account_no_trgm" ON "accounts" USING gin ("account_no" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_account_idx" ON "contacts" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_one_primary_per_account" ON "contacts" USING btree ("account_id") WHERE "contacts"."is_primary";--> statement-breakpoint
CREATE INDEX "contacts_full_name_trgm" ON "contacts" USING gin ("full_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_email_trgm" ON "contacts" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_phone_trgm" ON "contacts" USING gin ("phone" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "tags_account_idx" ON "tags" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "vehicles_account_idx" ON "vehicles" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "vehicles_plate_idx" ON "vehicles" USING btree ("plate","jurisdiction");--> statement-breakpoint
CREATE UNIQUE INDEX "vehicles_active_plate_unique" ON "vehicles" USING btree ("jurisdiction","plate") WHERE "vehicles"."end_date" is null;--> statement-breakpoint
CREATE INDEX "adjustments_account_idx" ON "adjustments" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "adjustments_pending_idx" ON "adjustments" USING btree ("created_at") WHERE "adjustments"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_account_idx" ON "cases" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "cases_open_sla_idx" ON "cases" USING btree ("sla_due_at") WHERE "cases"."status" in ('open', 'in_progress');--> statement-breakpoint
CREATE INDEX "notes_account_idx" ON "notes" USING btree ("account_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "configuration_lookup_idx" ON "configuration" USING btree ("key","effective_from" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "invoice_lines_invoice_idx" ON "invoice_lines" USING btree ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_lines_trip_unique" ON "invoice_lines" USING btree ("trip_id") WHERE "invoice_lines"."trip_id" is not null;--> statement-breakpoint
CREATE INDEX "invoice_stage_history_invoice_idx" ON "invoice_stage_history" USING btree ("invoice_id","at");--> statement-breakpoint
CREATE INDEX "invoices_plate_idx" ON "invoices" USING btree ("plate","jurisdiction");--> statement-breakpoint
CREATE INDEX "invoices_account_idx" ON "invoices" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "invoices_open_stage_idx" ON "invoices" USING btree ("stage","due_at") WHERE "invoices"."status" = 'open';--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("account_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "payment_methods_account_idx" ON "payment_methods" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "payments_account_idx" ON "payments" USING btree ("account_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "payments_invoice_idx" ON "payments" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "rate_schedules_lookup_idx" ON "rate_schedules" USING btree ("plaza_id","status","effective_from");--> statement-breakpoint
CREATE INDEX "roadside_devices_lane_idx" ON "roadside_devices" USING btree ("lane_id");--> statement-breakpoint
CREATE INDEX "dead_letters_topic_at_idx" ON "dead_letters" USING btree ("topic","at");--> statement-breakpoint
CREATE INDEX "trips_account_time_idx" ON "trips" USING btree ("account_id","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "trips_plaza_time_idx" ON "trips" USING btree ("plaza_id","occurred_at");--> statement-breakpoint
CREATE INDEX "trips_occurred_at_idx" ON "trips" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "trips_plate_idx" ON "trips" USING btree ("plate","jurisdiction");--> statement-breakpoint
CREATE INDEX "trips_tag_idx" ON "trips" USING btree ("tag_no");--> statement-breakpoint
CREATE INDEX "trips_review_queue_idx" ON "trips" USING btree ("occurred_at") WHERE "trips"."status" = 'review';