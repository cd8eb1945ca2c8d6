-- Licences issued on grant, numbered <type prefix>-<6 digits> from one sequence (PL-000045).
alter table licence_type add column number_prefix text;
update licence_type set number_prefix = case code
    when 'PREMISES_LICENCE' then 'PL'
    when 'TEMPORARY_EVENT_NOTICE' then 'TEN'
    when 'STREET_TRADING_CONSENT' then 'STC'
    when 'HMO_LICENCE' then 'HMO'
    when 'PRIVATE_HIRE_DRIVER' then 'PHD'
    when 'HACKNEY_CARRIAGE_DRIVER' then 'HCD'
    when 'SCRAP_METAL_SITE' then 'SMS'
    when 'SCRAP_METAL_COLLECTOR' then 'SMC'
    when 'ANIMAL_ACTIVITY' then 'AAL'
    when 'STREET_WORKS_PERMIT' then 'SWP'
    when 'TELECOMS_WAYLEAVE' then 'TW'
    else 'LIC' end;
alter table licence_type alter column number_prefix set not null;

create sequence licence_number_seq;

create table licence (
    id                     uuid primary key,
    number                 text        not null unique,
    licence_type_code      text        not null references licence_type (code),
    business_id            uuid        not null,
    application_id         uuid        not null references application (id),
    holder_name            text        not null,
    premises_name          text,
    premises_address_line1 text,
    premises_town          text,
    premises_postcode      text,
    -- upper case without spaces, for postcode prefix search on the register
    postcode_key           text,
    details                jsonb       not null default '{}',
    conditions             jsonb       not null default '[]',
    status                 text        not null check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED', 'SURRENDERED', 'EXPIRED')),
    status_reason          text,
    issued_at              timestamptz not null,
    expires_at             timestamptz,
    renewal_reminded_60_at timestamptz,
    renewal_reminded_14_at timestamptz,
    updated_at             timestamptz not null,
    version                integer     not null default 0,
    search                 tsvector generated always as (to_tsvector('simple',
        number || ' ' || holder_name || ' ' || coalesce(premises_name, '') || ' '
        || coalesce(premises_address_line1, '') || ' ' || coalesce(premises_town, '') || ' '
        || coalesce(premises_postcode, ''))) stored
);

alter table application add constraint application_licence_fk foreign key (licence_id) references licence (id);
alter table application add constraint application_issued_licence_fk foreign key (issued_licence_id) references licence (id);

-- A holder's own list; the officer list by type.
create index licence_by_business on licence (business_id, issued_at desc);
create index licence_by_type on licence (licence_type_code, issued_at desc);
-- Expiry and renewal reminder jobs, and the expiringWithinDays filter.
create index licence_expiring on licence (expires_at) where status in ('ACTIVE', 'SUSPENDED') and expires_at is not null;
-- The public register: current licences by number, type, postcode prefix and text.
create index register_by_number on licence (number) where status in ('ACTIVE', 'SUSPENDED');
create index register_by_type on licence (licence_type_code, number) where status in ('ACTIVE', 'SUSPENDED');
create index register_by_postcode on licence (postcode_key text_pattern_ops) where status in ('ACTIVE', 'SUSPENDED');
create index register_search on licence using gin (search) where status in ('ACTIVE', 'SUSPENDED');
