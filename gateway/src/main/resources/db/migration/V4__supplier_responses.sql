-- The responses each business has sent, from onestop.opportunities.v1 (response.submitted, opportunity.awarded):
-- the opportunities service lists responses per notice only, and the dashboard and the "award lost" notice
-- need them per business and per notice.
create table supplier_response (
    response_id           uuid        primary key,
    business_id           uuid        not null,
    opportunity_id        uuid        not null,
    reference             text,
    opportunity_reference text,
    title                 text,
    buyer                 text,
    submitted_at          timestamptz,
    outcome               text        not null default 'SUBMITTED',
    constraint supplier_response_outcome check (outcome in ('SUBMITTED', 'AWARDED', 'NOT_AWARDED'))
);

create index supplier_response_business on supplier_response (business_id, submitted_at desc);
create index supplier_response_opportunity on supplier_response (opportunity_id);
