CREATE TABLE "search"."alliance_members" (
	"alliance_id" bigint NOT NULL,
	"venue_id" bigint NOT NULL,
	CONSTRAINT "alliance_members_alliance_id_venue_id_pk" PRIMARY KEY("alliance_id","venue_id")
);
--> statement-breakpoint
CREATE TABLE "search"."followed_outboxes" (
	"source" text PRIMARY KEY NOT NULL,
	"applied_through" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search"."venue_partnerships" (
	"pairing_id" bigint PRIMARY KEY NOT NULL,
	"venue_id" bigint NOT NULL,
	"school_id" bigint NOT NULL,
	"ends_on" date
);
--> statement-breakpoint
CREATE INDEX "alliance_members_venue_idx" ON "search"."alliance_members" USING btree ("venue_id");--> statement-breakpoint
CREATE INDEX "venue_partnerships_school_idx" ON "search"."venue_partnerships" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "venue_partnerships_venue_idx" ON "search"."venue_partnerships" USING btree ("venue_id");