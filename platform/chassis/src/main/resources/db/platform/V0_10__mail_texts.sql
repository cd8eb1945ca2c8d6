-- Text messages (SMS) through GOV.UK Notify leave through the same outbox as email, with its retries, leases and
-- delivery receipts: channel 'text', the recipient a mobile number, the subject empty.
alter table mail_outbox
    add column channel text not null default 'email' constraint mail_outbox_channel check (channel in ('email', 'text'));
