-- Rate windows live for two minutes and may be lost in a crash; not writing them to the WAL keeps each request's upsert cheap.
ALTER TABLE "access"."rate_windows" SET UNLOGGED;
