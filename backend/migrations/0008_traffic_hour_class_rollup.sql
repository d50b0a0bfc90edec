CREATE TABLE "plaza_hour_class_stats" (
	"plaza_id" bigint NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"vehicle_class" smallint NOT NULL,
	"trips" integer DEFAULT 0 NOT NULL,
	"revenue_cents" bigint DEFAULT 0 NOT NULL,
	"tag_reads" integer DEFAULT 0 NOT NULL,
	"plate_reads" integer DEFAULT 0 NOT NULL,
	"review_reads" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "plaza_hour_class_stats_plaza_id_hour_vehicle_class_pk" PRIMARY KEY("plaza_id","hour","vehicle_class"),
	CONSTRAINT "plaza_hour_class_stats_counts_check" CHECK ("plaza_hour_class_stats"."trips" >= 0 and "plaza_hour_class_stats"."revenue_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "plaza_hour_class_stats" ADD CONSTRAINT "plaza_hour_class_stats_plaza_id_plazas_id_fk" FOREIGN KEY ("plaza_id") REFERENCES "public"."plazas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Backfill from the trips already stored, as the stream processor would have counted them.
INSERT INTO "plaza_hour_class_stats" ("plaza_id", "hour", "vehicle_class", "trips", "revenue_cents", "tag_reads", "plate_reads", "review_reads")
SELECT "plaza_id", date_trunc('hour', "occurred_at", 'UTC'), "vehicle_class", count(*), coalesce(sum("amount_cents"), 0),
	count(*) FILTER (WHERE "read_type" = 'tag'), count(*) FILTER (WHERE "read_type" = 'plate'), count(*) FILTER (WHERE "read_type" = 'review')
FROM "trips" GROUP BY 1, 2, 3;
