CREATE TABLE "review_claims" (
	"trip_id" bigint PRIMARY KEY NOT NULL,
	"reviewer_id" bigint,
	"reviewer_username" text NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_decisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"trip_id" bigint NOT NULL,
	"reviewer_id" bigint,
	"reviewer_username" text NOT NULL,
	"decision" text NOT NULL,
	"ocr_jurisdiction" text,
	"ocr_plate" text,
	"ocr_confidence" real,
	"jurisdiction" text,
	"plate" text,
	"account_id" bigint,
	"amount_cents" bigint,
	"reason" text,
	"claimed_at" timestamp with time zone,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_decisions_trip_id_unique" UNIQUE("trip_id"),
	CONSTRAINT "review_decisions_decision_check" CHECK ("review_decisions"."decision" in ('confirm', 'correct', 'unreadable'))
);
--> statement-breakpoint
ALTER TABLE "review_claims" ADD CONSTRAINT "review_claims_trip_id_trips_id_fk" FOREIGN KEY ("trip_id") REFERENCES "public"."trips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_claims" ADD CONSTRAINT "review_claims_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_trip_id_trips_id_fk" FOREIGN KEY ("trip_id") REFERENCES "public"."trips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_claims_reviewer_idx" ON "review_claims" USING btree ("reviewer_username","expires_at");--> statement-breakpoint
CREATE INDEX "review_decisions_reviewer_idx" ON "review_decisions" USING btree ("reviewer_username","decided_at");--> statement-breakpoint
CREATE INDEX "review_decisions_decided_at_idx" ON "review_decisions" USING btree ("decided_at");