-- Accounts the gateway signs tokens for: businesses register themselves, staff are created by an admin.
create table user_account (
    id            uuid        primary key,
    email         text        not null,
    password_hash text        not null,
    roles         text[]      not null default '{}',
    business_id   uuid,
    organisation  text,
    created_at    timestamptz not null default now(),
    -- emails are stored lower-cased, so the unique constraint is case-insensitive
    constraint user_account_email_lower check (email = lower(email)),
    constraint user_account_email_unique unique (email),
    constraint user_account_roles_known
        check (roles <@ array['business', 'licensing-officer', 'buyer', 'admin']::text[]),
    constraint user_account_business_has_id
        check (business_id is not null or not ('business' = any (roles)))
);

create index user_account_business_id on user_account (business_id) where business_id is not null;
