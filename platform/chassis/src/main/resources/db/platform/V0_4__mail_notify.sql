-- GOV.UK Notify (onestop.mail.route=notify): each mail has a kind, which names its Notify template; Notify's id of
-- the notification it created is kept, and its delivery receipts set the status (delivered, permanent-failure ...).
alter table mail_outbox
    add column kind            text not null default 'general',
    add column notify_id       uuid,
    add column delivery_status text,
    add column delivered_at    timestamptz;

create unique index mail_outbox_notify_id on mail_outbox (notify_id) where notify_id is not null;
