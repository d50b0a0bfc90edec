CREATE TABLE "plaza_minute_stats" (
	"plaza_id" bigint NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"trips" integer DEFAULT 0 NOT NULL,
	"revenue_cents" bigint DEFAULT 0 NOT NULL,
	"tag_reads" integer DEFAULT 0 NOT NULL,
	"plate_reads" integer DEFAULT 0 NOT NULL,
	"review_reads" integer DEFAULT 0 NOT NULL,
	"occurred_lag_ms" bigint DEFAULT 0 NOT NULL,
	"received_lag_ms" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "plaza_minute_stats_plaza_id_minute_pk" PRIMARY KEY("plaza_id","minute"),
	CONSTRAINT "plaza_minute_stats_counts_check" CHECK ("plaza_minute_stats"."trips" >= 0 and "plaza_minute_stats"."revenue_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "plaza_minute_stats" ADD CONSTRAINT "plaza_minute_stats_plaza_id_plazas_id_fk" FOREIGN KEY ("plaza_id") REFERENCES "public"."plazas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dead_letters_dedupe_key_unique" ON "dead_letters" USING btree (("payload"->>'dedupeKey'));