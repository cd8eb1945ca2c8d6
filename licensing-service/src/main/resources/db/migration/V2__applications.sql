-- Licence applications, their documents, representations and timeline.
-- References read LA-<year>-<6 digits> from one sequence; ids are UUIDs.
create sequence application_reference_seq;

create table application (
    id                       uuid primary key,
    reference                text        not null unique,
    business_id              uuid        not null,
    holder_name              text,
    licence_type_code        text        not null references licence_type (code),
    kind                     text        not null check (kind in ('NEW', 'RENEWAL', 'VARIATION', 'TRANSFER')),
    licence_id               uuid,
    status                   text        not null,
    premises_name            text,
    premises_address_line1   text,
    premises_town            text,
    premises_postcode        text,
    details                  jsonb       not null default '{}',
    fee_pence                integer     not null,
    payment_reference        text,
    paid_at                  timestamptz,
    assigned_to              text,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    submitted_at             timestamptz,
    -- last working day of the target period; moved on by the working days an information request paused it
    due_date                 date,
    information_requested_at timestamptz,
    consultation_ends_at     timestamptz,
    decided_at               timestamptz,
    outcome                  text check (outcome in ('GRANT', 'REFUSE')),
    conditions               jsonb,
    reasons                  text,
    granted_by_tacit_consent boolean     not null default false,
    issued_licence_id        uuid,
    version                  integer     not null default 0,
    search                   tsvector generated always as (to_tsvector('simple',
        reference || ' ' || coalesce(holder_name, '') || ' ' || coalesce(premises_name, '') || ' '
        || coalesce(premises_town, '') || ' ' || coalesce(premises_postcode, ''))) stored
);

-- A business's own list, newest first.
create index application_by_business on application (business_id, created_at desc);
-- The officer queue (drafts are not in it), sorted by due date, with its filters.
create index application_queue on application (due_date, id) where status <> 'DRAFT';
create index application_queue_by_status on application (status, due_date);
create index application_queue_by_type on application (licence_type_code, due_date) where status <> 'DRAFT';
create index application_queue_by_officer on application (assigned_to, due_date) where assigned_to is not null;
-- Overdue filter and the tacit consent job: undecided applications whose target clock runs.
create index application_clock_running on application (due_date)
    where status in ('SUBMITTED', 'IN_CONSULTATION', 'UNDER_REVIEW');
create index application_search on application using gin (search);
create index application_by_licence on application (licence_id) where licence_id is not null;

create table application_document (
    id             uuid primary key,
    application_id uuid        not null references application (id),
    type_code      text        not null,
    original_name  text        not null,
    media_type     text        not null,
    size_bytes     bigint      not null,
    stored_name    text        not null unique,
    sha256         text        not null,
    uploaded_at    timestamptz not null,
    uploaded_by    text        not null
);
create index application_document_by_application on application_document (application_id, uploaded_at);

create table representation (
    id             uuid primary key,
    application_id uuid        not null references application (id),
    from_name      text        not null,
    category       text        not null check (category in ('RESPONSIBLE_AUTHORITY', 'PUBLIC')),
    grounds        text        not null,
    recorded_at    timestamptz not null,
    recorded_by    text        not null
);
create index representation_by_application on representation (application_id, recorded_at);

create table timeline_entry (
    id             bigserial primary key,
    application_id uuid        not null references application (id),
    at             timestamptz not null,
    actor_role     text        not null,
    actor_id       text,
    from_status    text,
    to_status      text,
    message        text        not null
);
create index timeline_entry_by_application on timeline_entry (application_id, id);
