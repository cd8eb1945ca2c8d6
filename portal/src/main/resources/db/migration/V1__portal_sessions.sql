-- Signed-in browsers. The cookie holds a random token; only its SHA-256 is stored, so a copy of this table's
-- keys signs nobody in. The person's tokens from the gateway live here and never reach the browser.
create table portal_session (
    token_hash          text primary key,
    user_id             uuid        not null,
    email               text        not null,
    roles               text        not null,
    business_id         uuid,
    csrf_token          text        not null,
    access_token        text        not null,
    refresh_at          timestamptz not null,
    refresh_token       text        not null,
    created_at          timestamptz not null,
    last_seen_at        timestamptz not null,
    expires_at          timestamptz not null
);

create index portal_session_expiry on portal_session (expires_at);
create index portal_session_idle on portal_session (last_seen_at);
