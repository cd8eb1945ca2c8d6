-- During the standstill a supplier who tendered may challenge the award; while a challenge is open the contract may
-- not be entered into (the automatic suspension of s.102), until the buyer records its outcome. The buyer may also
-- extend the standstill, on the record.
create table standstill_challenge (
    id             uuid primary key,
    opportunity_id uuid        not null references opportunity (id),
    business_id    uuid        not null,
    grounds        text        not null,
    raised_at      timestamptz not null,
    outcome        text check (outcome in ('UPHELD', 'DISMISSED', 'WITHDRAWN')),
    outcome_note   text,
    resolved_at    timestamptz,
    version        bigint      not null default 0
);
create index standstill_challenge_opportunity on standstill_challenge (opportunity_id, raised_at);

alter table opportunity add column standstill_extensions jsonb not null default '[]';
