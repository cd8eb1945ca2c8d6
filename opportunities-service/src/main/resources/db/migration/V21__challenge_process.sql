-- A challenge run as a process (issue 21): the buyer's terms (SBRI-style or not, budget, IP position), what each
-- stage asks and by when, the suppliers' sealed submissions per stage, and the buyer's decision per supplier per
-- stage with the funding for the next phase.
create table challenge_terms (
    opportunity_id uuid primary key references opportunity (id),
    sbri           boolean not null,
    budget_pence   bigint  not null check (budget_pence > 0),
    ip_position    text    not null,
    version        bigint  not null default 0
);

create table challenge_ask (
    opportunity_id uuid        not null references opportunity (id),
    stage          text        not null,
    asked          text        not null check (asked in ('PROPOSAL', 'FEASIBILITY_REPORT', 'PROTOTYPE_DEMONSTRATION',
                                                        'COMMERCIAL_PLAN')),
    deadline       timestamptz not null,
    primary key (opportunity_id, stage)
);

create table challenge_submission (
    id             uuid primary key,
    opportunity_id uuid        not null references opportunity (id),
    stage          text        not null,
    business_id    uuid        not null,
    summary        text        not null,
    submitted_at   timestamptz not null,
    unique (opportunity_id, stage, business_id)
);
create index challenge_submission_business on challenge_submission (business_id);

create table challenge_decision (
    opportunity_id uuid        not null references opportunity (id),
    stage          text        not null,
    business_id    uuid        not null,
    kept           boolean     not null,
    funding_pence  bigint      not null default 0 check (funding_pence >= 0),
    decided_at     timestamptz not null,
    primary key (opportunity_id, stage, business_id)
);
create index challenge_decision_business on challenge_decision (business_id);
