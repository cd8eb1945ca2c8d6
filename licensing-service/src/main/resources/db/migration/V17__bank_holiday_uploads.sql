-- Bank holiday files (GOV.UK's bank-holidays.json format) uploaded by an administrator. The newest row is the
-- calendar every replica counts working days by; with none, the file shipped in the service
-- (bank-holidays/bank-holidays.json) is. Rows are never changed, so the history of the calendar is kept.
create table bank_holiday_upload (
    id            bigint generated always as identity primary key,
    uploaded_at   timestamptz not null,
    uploaded_by   text        not null,
    document      jsonb       not null,
    covers_from   date        not null,
    covers_to     date        not null
);
