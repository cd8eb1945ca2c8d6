-- Spend data (issue 19, ADR 11): each buyer's payments over £30,000 in a quarter, uploaded as one CSV in the
-- published template. An upload is all or nothing, and a re-upload of the same buyer and quarter replaces it
-- (the old upload's rows go with it), so a quarter is never half-loaded or loaded twice.
create table spend_upload (
    id          uuid primary key,
    buyer       text        not null,
    quarter     text        not null, -- 2026-Q2: calendar quarters
    row_count   int         not null,
    total_pence bigint      not null,
    uploaded_at timestamptz not null,
    uploaded_by text        not null,
    unique (buyer, quarter)
);

create table spend_payment (
    id                      uuid primary key,
    upload_id               uuid    not null references spend_upload (id) on delete cascade,
    row_number              int     not null, -- the line of the uploaded file (the header is line 1)
    body                    text    not null,
    transaction_number      text    not null,
    supplier_name           text    not null,
    supplier_company_number text,
    supplier_postcode       text,
    locality                text    not null, -- of supplier_postcode: WEST_MIDLANDS, ELSEWHERE or UNKNOWN
    amount_pence            bigint  not null,
    expense_type            text    not null,
    invoice_date            date    not null,
    paid_date               date    not null,
    contract_reference      text,
    unique (upload_id, transaction_number)
);

create index spend_payment_upload on spend_payment (upload_id);
create index spend_payment_contract on spend_payment (contract_reference);
