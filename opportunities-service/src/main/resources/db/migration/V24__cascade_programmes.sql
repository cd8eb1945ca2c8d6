-- The supply-chain cascade and programmes (issue 21). A subcontract's parent is already opportunity.parent_id
-- (V3); its prime is the parent's awarded business, so it needs no column of its own. A programme groups a
-- buyer's procurements; a subcontract is in the programme of its parent contract.
create table programme (
    id          uuid primary key,
    buyer       text        not null,
    name        text        not null,
    description text        not null,
    created_at  timestamptz not null,
    version     bigint      not null default 0
);

create index programme_buyer on programme (lower(buyer));

alter table opportunity add column programme_id uuid references programme (id);

create index opportunity_programme on opportunity (programme_id);
create index opportunity_parent on opportunity (parent_id);
