-- Refresh tokens: one family per sign-in, rotated at every use. Only a SHA-256 of each token is stored.
-- A spent token presented again means it was copied: the whole family is revoked.
create table refresh_token (
    token_hash        text        primary key,
    family_id         uuid        not null,
    user_id           uuid        not null references user_account (id) on delete cascade,
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    family_expires_at timestamptz not null,
    spent_at          timestamptz,
    revoked_at        timestamptz
);
create index refresh_token_family on refresh_token (family_id);
create index refresh_token_user on refresh_token (user_id);
create index refresh_token_expiry on refresh_token (family_expires_at);

-- Portal sessions end after a spell without use as well as at their absolute end.
alter table portal_session add column last_seen_at timestamptz;
update portal_session set last_seen_at = created_at;
alter table portal_session alter column last_seen_at set not null;
