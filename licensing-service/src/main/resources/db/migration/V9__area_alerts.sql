-- Area alerts: anyone may ask to be emailed about each new application under consultation in a postcode
-- district (B1) or sector (B1 1), optionally of some licence types only. Confirmed by an emailed link; every
-- alert email carries its own one-click unsubscribe token. Only SHA-256 hashes of tokens are kept.
create table area_alert (
    id                 uuid primary key,
    email              text        not null,
    outward            text        not null,
    sector             text,
    licence_types      jsonb       not null default '[]',
    token_hash         text unique,
    token_expires_at   timestamptz,
    created_at         timestamptz not null,
    confirmed_at       timestamptz,
    unsubscribed_at    timestamptz
);
-- The subscriptions an application entering consultation matches.
create index area_alert_active on area_alert (outward, sector) where confirmed_at is not null and unsubscribed_at is null;

create table area_alert_unsubscribe (
    token_hash text primary key,
    alert_id   uuid        not null references area_alert (id),
    created_at timestamptz not null
);
