CREATE SCHEMA "search";
--> statement-breakpoint
CREATE TABLE "search"."outbox_cursors" (
	"source" text PRIMARY KEY NOT NULL,
	"applied_through" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
