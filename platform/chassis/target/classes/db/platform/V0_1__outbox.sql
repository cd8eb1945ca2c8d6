-- Transactional outbox: an event is written here in the same transaction as the state change it
-- describes, and relayed to Kafka afterwards. The bigserial id is the publication order.
create table outbox_event (
    id             bigserial primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    event_type     text        not null,
    source         text        not null,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    payload        jsonb       not null,
    request_id     text,
    traceparent    text,
    tracestate     text,
    created_at     timestamptz not null default now(),
    published_at   timestamptz,
    attempts       integer     not null default 0,
    last_error     text
);

-- The relay reads the unpublished rows in order; the cleanup job deletes old published ones.
create index outbox_event_unpublished on outbox_event (id) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;

-- Idempotent consumer: one row per (consumer, event) handled, written in the handler's transaction.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
