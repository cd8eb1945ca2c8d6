-- Calendar feeds (GET /api/me/calendar, GET /calendar/{token}.ics). A feed's token is derived from a random nonce
-- with a key the database does not hold; the database keeps the nonce and the token's SHA-256 only, so a copy of
-- it opens no feed. Resetting replaces the row: the old token no longer matches anything.
create table calendar_feed (
    user_id      uuid        primary key references user_account (id) on delete cascade,
    nonce        text        not null,
    token_sha256 text        not null unique,
    created_at   timestamptz not null
);

-- The dates the feeds show, projected from both services' events: one row per subject (application, licence,
-- notice), kind of date and audience ('business:<id>', 'officers', 'buyers:<organisation>'). The newest event
-- (occurred_at) wins; a removed row stays as a tombstone so that an older event delivered late cannot revive it.
create table calendar_entry (
    uid         uuid        primary key,
    audience    text        not null,
    subject_id  uuid        not null,
    kind        text        not null,
    summary     text        not null,
    description text,
    link        text,
    starts_at   timestamptz,
    on_day      date,
    removed     boolean     not null default false,
    occurred_at timestamptz not null,
    sequence    integer     not null default 0,
    updated_at  timestamptz not null,
    constraint calendar_entry_once unique (audience, subject_id, kind),
    constraint calendar_entry_has_a_date check (starts_at is not null or on_day is not null)
);
create index calendar_entry_by_subject on calendar_entry (subject_id, kind);
