-- Contract opportunities ("notices"). The search columns and indexes arrive with search itself.
create table opportunity (
    id           uuid primary key,
    reference    text        not null unique,
    title        text        not null,
    description  text        not null,
    buyer        text        not null,
    type         text        not null check (type in ('QUOTE', 'TENDER', 'FRAMEWORK', 'SUBCONTRACT', 'CHALLENGE')),
    status       text        not null check (status in ('DRAFT', 'OPEN', 'CLOSED', 'AWARDED', 'CANCELLED')),
    published_at timestamptz,
    closing_at   timestamptz,
    created_at   timestamptz not null default now(),
    version      bigint      not null default 0
);

create index opportunity_status_closing on opportunity (status, closing_at);
