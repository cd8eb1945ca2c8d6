-- Staff reads of someone's personal data (onestop.platform.audit): who read (the token's subject and the role it
-- acted under), what (a kind such as "application" and its id), when, and through which route. Written in the
-- request that read it, in the service that holds the data; exported as CSV by the service's admin route.
create table personal_data_read (
    id           bigint generated always as identity primary key,
    read_at      timestamptz not null,
    reader_id    text        not null,
    reader_role  text        not null,
    subject_kind text        not null,
    subject_id   uuid        not null,
    route        text        not null
);

create index personal_data_read_at on personal_data_read (read_at);
