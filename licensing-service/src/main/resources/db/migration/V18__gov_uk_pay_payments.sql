-- Fees are paid through GOV.UK Pay: one row per payment created there (a payer who abandons one and tries again
-- has two). Its state is Pay's (created, started, submitted, capturable, success, failed, cancelled, error), as
-- last learned from Pay (the payer's return, a webhook, or the reconciliation job). Only "success" pays the fee:
-- it then sets application.payment_reference to Pay's payment id.
create table payment (
    id              uuid primary key,
    application_id  uuid        not null references application (id),
    pay_id          text        not null unique,
    amount_pence    integer     not null,
    status          text        not null,
    finished        boolean     not null,
    failure_code    text,
    failure_message text,
    next_url        text,
    -- a refund owed (due), asked of Pay (submitted, success) or refused by it (error)
    refund_status   text,
    refund_id       text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index payment_by_application on payment (application_id, created_at);
-- what the reconciliation job looks at: payments not finished, and refunds owed
create index payment_open on payment (created_at) where not finished;
create index payment_refund_due on payment (updated_at) where refund_status = 'due';

-- The state of the application's latest payment, shown with it (null: none started).
alter table application add column payment_state text;
