-- Mail outbox: an email is written here in the transaction of what it tells (a representation to confirm, an
-- alert), and sent afterwards by the mail relay, retried with backoff until the mail server takes it.
create table mail_outbox (
    id              uuid        primary key,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    created_at      timestamptz not null default now(),
    next_attempt_at timestamptz not null default now(),
    attempts        integer     not null default 0,
    sent_at         timestamptz,
    given_up_at     timestamptz,
    last_error      text
);

create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null and given_up_at is null;
