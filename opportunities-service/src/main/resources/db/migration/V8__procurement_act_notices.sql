-- The Procurement Act 2023 (ADR 8): what the buyer says of the contract's category and its value including VAT,
-- what publication found (above threshold or not), the standstill after a contract award notice, the contract
-- once entered into; and every notice the procurement published, as the OCDS release it published, never changed.
alter table opportunity
    add column procurement_category text not null default 'SERVICES'
        check (procurement_category in ('GOODS', 'SERVICES', 'WORKS', 'LIGHT_TOUCH')),
    add column value_gross_pence    bigint check (value_gross_pence >= 0),
    add column above_threshold      boolean,
    add column standstill_last_day  date,
    add column contract_signed_on   date,
    add column contract_start_on    date,
    add column contract_end_on      date,
    add column contract_value_pence bigint check (contract_value_pence >= 0),
    add column contract_entered_at  timestamptz;

-- Find a Tender numbers notices nnnnnn-yyyy; ours come from this sequence.
create sequence notice_number_seq;

create table notice_release (
    id             uuid primary key,
    opportunity_id uuid        not null references opportunity (id),
    ocid           text        not null,
    notice_type    text        not null,
    version        integer     not null check (version >= 1),
    -- ours from notice_number_seq; an imported notice keeps Find a Tender's number
    notice_number  text        not null,
    published_at   timestamptz not null,
    release        jsonb       not null,
    constraint notice_release_one_version unique (opportunity_id, notice_type, version),
    constraint notice_release_one_number unique (ocid, notice_number)
);
create index notice_release_published on notice_release (published_at, notice_number);
create index notice_release_ocid on notice_release (ocid, published_at);
