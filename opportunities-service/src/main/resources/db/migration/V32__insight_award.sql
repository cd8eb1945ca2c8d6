-- The awards read model of the insight figures (issue 19, ADR 11): a row per awarded procurement, upserted
-- from the service's own onestop.opportunities.opportunity.awarded events, never read from the notice tables,
-- so that it could move to a service of its own unchanged. occurred_at is the event's time: an older event
-- arriving later changes nothing.
create table insight_award (
    opportunity_id    uuid primary key,
    reference         text        not null,
    buyer             text        not null,
    supplier_name     text        not null,
    supplier_size     text        not null, -- SME, VCSE, LARGE or UNKNOWN
    supplier_postcode text,
    locality          text        not null, -- WEST_MIDLANDS, ELSEWHERE or UNKNOWN
    cpv_division      text        not null, -- two digits, or UNKNOWN
    value_pence       bigint      not null,
    awarded_at        timestamptz not null,
    quarter           text        not null, -- of awarded_at in Europe/London: 2026-Q2
    occurred_at       timestamptz not null
);

create index insight_award_buyer on insight_award (lower(buyer));
create index insight_award_reference on insight_award (reference);
