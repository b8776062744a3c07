ALTER TABLE "bookings"."sessions" ADD COLUMN "expert_id" bigint;--> statement-breakpoint
CREATE INDEX "sessions_expert_idx" ON "bookings"."sessions" USING btree ("expert_id","starts_at");