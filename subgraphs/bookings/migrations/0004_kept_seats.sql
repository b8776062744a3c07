ALTER TABLE "bookings"."sessions" ADD COLUMN "kept_seats" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings"."sessions" ADD COLUMN "keep_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings"."sessions" ADD COLUMN "priority_waitlist" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings"."sessions" ADD COLUMN "kept_released_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bookings"."sessions" ADD CONSTRAINT "sessions_kept_seats" CHECK ("bookings"."sessions"."kept_seats" >= 0 and "bookings"."sessions"."keep_days" >= 0);