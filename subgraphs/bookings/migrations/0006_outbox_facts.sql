CREATE TABLE "bookings"."expert_facts" (
	"expert_id" bigint PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"affiliation_venue_id" bigint
);
--> statement-breakpoint
CREATE TABLE "bookings"."programme_facts" (
	"programme_id" bigint PRIMARY KEY NOT NULL,
	"venue_id" bigint NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"min_participants" integer NOT NULL,
	"max_participants" integer NOT NULL,
	"grade_bands" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bookings"."talk_facts" (
	"talk_id" bigint PRIMARY KEY NOT NULL,
	"expert_id" bigint NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"max_audience" integer NOT NULL,
	"grade_bands" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bookings"."venue_facts" (
	"venue_id" bigint PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"compliance_status" text NOT NULL,
	"compliance_reason" text NOT NULL,
	"time_zone" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "venue_facts_compliance_idx" ON "bookings"."venue_facts" USING btree ("compliance_status");--> statement-breakpoint
-- The cursor kept until now said how far barred venues were read; the facts above start from the beginning of each outbox.
DELETE FROM "bookings"."followed_outboxes";