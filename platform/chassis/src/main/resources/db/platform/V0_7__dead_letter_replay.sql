-- Dead letters an operator replayed (GET/POST /q/dead-letters on the management port): marked in the same
-- transaction as the replayed event's effect, so a record is never replayed twice.
create table dead_letter_replay (
    dlq_topic     text        not null,
    dlq_partition integer     not null,
    dlq_offset    bigint      not null,
    consumer      text        not null,
    replayed_at   timestamptz not null,
    primary key (dlq_topic, dlq_partition, dlq_offset)
);
