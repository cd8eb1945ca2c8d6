-- Everything around a notice: supplier profiles, clarification questions, responses, the award, the
-- licence projection, saved searches and alerts, social value targets and reports.

create table supplier (
    business_id       uuid primary key,
    name              text        not null,
    company_number    text,
    size              text        not null check (size in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    vcse              boolean     not null default false,
    postcode          text,
    cpv_interests     text[]      not null default '{}',
    description       text,
    charter_signatory boolean     not null default false,
    updated_at        timestamptz not null,
    version           bigint      not null default 0
);

create table question (
    id                uuid primary key,
    opportunity_id    uuid        not null references opportunity (id),
    asker_business_id uuid        not null,
    question          text        not null,
    asked_at          timestamptz not null,
    answer            text,
    answered_at       timestamptz,
    published         boolean     not null default false,
    version           bigint      not null default 0
);
create index question_opportunity on question (opportunity_id, asked_at);

create sequence response_reference_seq;
create table supplier_response (
    id             uuid primary key,
    reference      text        not null unique,
    opportunity_id uuid        not null references opportunity (id),
    business_id    uuid        not null,
    summary        text        not null,
    price_pence    bigint      not null check (price_pence >= 0),
    commitments    jsonb       not null default '[]',
    submitted_at   timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null default 0,
    -- one response per supplier per notice: the second insert fails and is answered 409
    constraint supplier_response_one_per_supplier unique (opportunity_id, business_id)
);
create index supplier_response_business on supplier_response (business_id);

alter table opportunity
    add column awarded_response_id   uuid references supplier_response (id),
    add column awarded_business_id   uuid,
    add column awarded_supplier_name text,
    add column awarded_value_pence   bigint check (awarded_value_pence >= 0),
    add column awarded_at            timestamptz;
create index opportunity_awarded on opportunity (awarded_business_id) where awarded_business_id is not null;

-- The licences each business currently holds, projected from onestop.licensing.v1.
create table held_licence (
    licence_id        uuid primary key,
    business_id       uuid        not null,
    licence_type_code text        not null,
    number            text,
    status            text        not null,
    expires_at        timestamptz,
    updated_at        timestamptz not null
);
create index held_licence_business on held_licence (business_id);

-- A saved search keeps what the user typed (params, to show and re-run it) and the same criteria in
-- columns, so that one query can test every saved search against a newly published notice.
create table saved_search (
    id               uuid primary key,
    business_id      uuid        not null,
    name             text        not null,
    params           jsonb       not null,
    query            tsquery,
    cpv_prefixes     text[],
    min_value_pence  bigint,
    max_value_pence  bigint,
    include_unvalued boolean     not null default true,
    sme_suitable     boolean,
    vcse_suitable    boolean,
    location         text,
    postcode_prefix  text,
    buyer_key        text,
    types            text[],
    created_at       timestamptz not null
);
create index saved_search_business on saved_search (business_id, created_at desc);

create table alert (
    id              uuid primary key,
    business_id     uuid        not null,
    saved_search_id uuid        references saved_search (id) on delete set null,
    opportunity_id  uuid        not null references opportunity (id),
    raised_at       timestamptz not null,
    constraint alert_once unique (saved_search_id, opportunity_id)
);
create index alert_business on alert (business_id, raised_at desc);

-- Social value: the winning response's commitments become targets; the supplier reports delivery.
create table contract_target (
    id             uuid primary key,
    opportunity_id uuid        not null references opportunity (id),
    theme          text        not null,
    description    text        not null,
    measure        text        not null,
    target         numeric     not null,
    committed_at   timestamptz not null
);
create index contract_target_opportunity on contract_target (opportunity_id);

create table social_value_report (
    id             uuid primary key,
    opportunity_id uuid        not null references opportunity (id),
    business_id    uuid        not null,
    period         text        not null,
    theme          text        not null,
    measure        text        not null,
    value          numeric     not null check (value >= 0),
    reported_at    timestamptz not null
);
create index social_value_report_opportunity on social_value_report (opportunity_id);
