-- Idempotency-Key (onestop.platform.idempotency): the first answer to a POST carrying a key, kept 24 hours so a
-- retry with the same key and body gets it again without acting twice. Scoped by who asked (the token's subject,
-- or "anonymous"), so one caller's key never finds another's answer. A row without a status is a request still
-- in progress (a second one meanwhile is 409); one left in progress by a crash is taken over after a minute.
create table idempotency_keys (
    scope         text        not null,
    key           text        not null,
    request_hash  text        not null,
    created_at    timestamptz not null default now(),
    locked_at     timestamptz not null default now(),
    status        integer,
    content_type  text,
    headers       text,
    body          bytea,
    primary key (scope, key)
);

create index idempotency_keys_age on idempotency_keys (created_at);
