CREATE TABLE "bookings"."followed_outboxes" (
	"source" text PRIMARY KEY NOT NULL,
	"applied_through" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
