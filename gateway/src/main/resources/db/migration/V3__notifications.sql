-- The inbox: one row per user and event that concerns them, written by the gateway-notifications consumer.
create table notification (
    id         uuid        primary key,
    user_id    uuid        not null references user_account (id) on delete cascade,
    event_id   text        not null,
    kind       text        not null,
    title      text        not null,
    body       text        not null,
    link       text,
    created_at timestamptz not null,
    read_at    timestamptz,
    constraint notification_once_per_event unique (user_id, event_id)
);

-- GET /api/me/notifications: a user's newest first; the dashboard counts the unread ones
create index notification_inbox on notification (user_id, created_at desc, id);
create index notification_unread on notification (user_id) where read_at is null;
