CREATE TABLE "backup_payment_methods" (
	"account_id" bigint PRIMARY KEY NOT NULL,
	"payment_method_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "backup_payment_methods_payment_method_id_unique" UNIQUE("payment_method_id")
);
--> statement-breakpoint
CREATE TABLE "tag_requests" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tag_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" bigint NOT NULL,
	"vehicle_id" bigint NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"tag_id" bigint,
	"fulfilled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tag_requests_status_check" CHECK ("tag_requests"."status" in ('requested', 'fulfilled', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD COLUMN "waived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD COLUMN "waived_by" bigint;--> statement-breakpoint
ALTER TABLE "backup_payment_methods" ADD CONSTRAINT "backup_payment_methods_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backup_payment_methods" ADD CONSTRAINT "backup_payment_methods_payment_method_id_payment_methods_id_fk" FOREIGN KEY ("payment_method_id") REFERENCES "public"."payment_methods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tag_requests" ADD CONSTRAINT "tag_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tag_requests" ADD CONSTRAINT "tag_requests_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tag_requests" ADD CONSTRAINT "tag_requests_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tag_requests_account_idx" ON "tag_requests" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tag_requests_one_open_per_vehicle" ON "tag_requests" USING btree ("vehicle_id") WHERE "tag_requests"."status" = 'requested';--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_waived_by_users_id_fk" FOREIGN KEY ("waived_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_waiver_check" CHECK ("invoice_lines"."waived_at" is null or "invoice_lines"."kind" <> 'trip');