-- The full notice: values, place, suitability, licences and social value asked for, CPV codes, the
-- lifecycle columns, and the human reference sequence (OPP-2026-000017).
create sequence opportunity_reference_seq;

alter table opportunity
    add column cpv_codes           text[]      not null default '{}',
    add column cpv_prefixes        text[]      not null default '{}',
    add column value_min_pence     bigint      check (value_min_pence >= 0),
    add column value_max_pence     bigint      check (value_max_pence >= 0),
    add column location            text,
    add column postcode            text,
    add column sme_suitable        boolean     not null default false,
    add column vcse_suitable       boolean     not null default false,
    add column required_licence_types text[]   not null default '{}',
    add column social_value_themes text[]      not null default '{}',
    add column parent_id           uuid        references opportunity (id),
    add column challenge_stage     text,
    add column cancel_reason       text,
    add column closed_at           timestamptz,
    add column cancelled_at        timestamptz,
    add column updated_at          timestamptz not null default now(),
    add column source_ocid         text        unique,
    add constraint opportunity_value_range check (value_min_pence is null or value_max_pence is null
        or value_min_pence <= value_max_pence),
    add column buyer_key text generated always as (lower(buyer)) stored,
    add column postcode_key text generated always as (upper(replace(postcode, ' ', ''))) stored,
    -- what "value" sorts and bands by: the top of the range, or the only figure given
    add column value_pence bigint generated always as (coalesce(value_max_pence, value_min_pence)) stored,
    -- title weighs more than description; 'english' stems "cleaning" and "cleaners" alike
    add column search tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored;

create index opportunity_search on opportunity using gin (search);
create index opportunity_cpv_prefixes on opportunity using gin (cpv_prefixes);
create index opportunity_status_published on opportunity (status, published_at desc);
create index opportunity_status_value on opportunity (status, value_pence desc nulls last);
create index opportunity_buyer on opportunity (buyer_key, created_at desc);
create index opportunity_postcode on opportunity (postcode_key text_pattern_ops);
create index opportunity_open_closing on opportunity (closing_at) where status = 'OPEN';
