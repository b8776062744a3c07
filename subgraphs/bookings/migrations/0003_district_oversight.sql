CREATE TYPE "bookings"."coverage_measure" AS ENUM('PARTNER_VENUE', 'SCIENCE_VICE_PRINCIPAL', 'VISIT', 'TALK');--> statement-breakpoint
CREATE TABLE "bookings"."barred_venues" (
	"venue_id" bigint PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"barred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bookings"."coverage_targets" (
	"district" text NOT NULL,
	"measure" "bookings"."coverage_measure" NOT NULL,
	"percent" numeric(5, 2) NOT NULL,
	"due_on" date NOT NULL,
	"set_by" text NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coverage_targets_district_measure_pk" PRIMARY KEY("district","measure"),
	CONSTRAINT "coverage_targets_percent_check" CHECK ("bookings"."coverage_targets"."percent" > 0 and "bookings"."coverage_targets"."percent" <= 100)
);
