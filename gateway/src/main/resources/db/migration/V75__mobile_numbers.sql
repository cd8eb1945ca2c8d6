-- Text messages (GET /api/me/texts): the mobile number a person gets texts at, once they confirmed it with the
-- security code texted to it. Only the code's SHA-256 is kept, and only until it is used, expires or has been
-- entered wrongly too often; codes_sent counts the codes texted since codes_since, to limit them. Stopping texts
-- forgets the number (mobile null) but keeps the count, so that stopping and starting again sends no more codes.
create table mobile_number (
    user_id         uuid        primary key references user_account (id) on delete cascade,
    mobile          text,
    confirmed_at    timestamptz,
    code_sha256     text,
    code_expires_at timestamptz,
    wrong_codes     integer     not null default 0,
    codes_sent      integer     not null default 0,
    codes_since     timestamptz,
    updated_at      timestamptz not null
);
