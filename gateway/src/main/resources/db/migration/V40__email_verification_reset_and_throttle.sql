-- An account is usable once its email address is confirmed; accounts made before this are confirmed.
alter table user_account add column email_verified_at timestamptz;
update user_account set email_verified_at = created_at;

-- Single-use links sent by email (confirm an address, reset a password): only a SHA-256 of the token is kept.
create table account_token (
    token_hash  text        primary key,
    user_id     uuid        not null references user_account (id) on delete cascade,
    purpose     text        not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index account_token_user on account_token (user_id, purpose);

-- Failed sign-ins per email address (known or not), shared by every gateway replica.
create table sign_in_throttle (
    email             text        primary key,
    failures          integer     not null,
    window_started_at timestamptz not null,
    locked_until      timestamptz,
    lockouts          integer     not null default 0
);
