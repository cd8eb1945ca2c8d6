-- The sign-in rate limit buckets (Bucket4j's PostgreSQL backend): shared by every gateway replica.
create table rate_limit_bucket (
    id         text   primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expiry on rate_limit_bucket (expires_at);
