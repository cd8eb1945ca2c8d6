-- Signed-in portal sessions. The cookie holds a random token; only its SHA-256 is stored, so a copy of
-- this table signs nobody in.
create table portal_session (
    token_hash text primary key,
    user_id    uuid        not null references user_account (id) on delete cascade,
    csrf_token text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null
);

create index portal_session_expiry on portal_session (expires_at);
create index portal_session_user on portal_session (user_id);
