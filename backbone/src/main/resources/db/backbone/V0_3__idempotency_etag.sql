-- A replayed create answers with the ETag of the first response too.
alter table idempotency_key add column etag text;
