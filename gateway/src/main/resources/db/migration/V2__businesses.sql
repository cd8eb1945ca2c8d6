-- A business registers itself; its people are the user accounts that name it (several users may share one
-- business later: the account's business_id is the membership).
create table business (
    id             uuid        primary key,
    name           text        not null,
    company_number text,
    postcode       text        not null,
    created_at     timestamptz not null default now(),
    constraint business_company_number_format check (company_number ~ '^([0-9]{8}|[A-Z]{2}[0-9]{6})$')
);

alter table user_account
    add constraint user_account_business_fk foreign key (business_id) references business (id);

-- staff of an organisation (buyers) are looked up by it when a notice concerns them
create index user_account_organisation on user_account (organisation) where organisation is not null;
