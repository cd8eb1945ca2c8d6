-- Subject access exports (POST /api/me/data-export; ADR 0013): a person's request and its state, and the ZIP
-- apart from it, so that listing a person's exports never reads the files. The ZIP is kept 7 days, then deleted.
create table data_export (
    id              uuid primary key,
    user_id         uuid        not null references user_account (id) on delete cascade,
    business_id     uuid,
    state           text        not null check (state in ('REQUESTED', 'READY', 'FAILED', 'EXPIRED')),
    requested_at    timestamptz not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    ready_at        timestamptz,
    expires_at      timestamptz,
    size_bytes      bigint,
    failure         text
);
create index data_export_of_user on data_export (user_id, requested_at desc);
create index data_export_to_assemble on data_export (next_attempt_at) where state = 'REQUESTED';
create index data_export_to_expire on data_export (expires_at) where state = 'READY';

create table data_export_file (
    export_id uuid primary key references data_export (id) on delete cascade,
    content   bytea not null
);
