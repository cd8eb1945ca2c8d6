-- A tender on a notice divided into lots is assessed once per lot it bids for, on that lot's criteria: an assessment
-- gets its own id and the lot (null on a notice without lots), one per tender and lot.
alter table tender_assessment
    add column id     uuid,
    add column lot_id text;
update tender_assessment set id = response_id;
alter table tender_assessment
    drop constraint tender_assessment_pkey,
    alter column id set not null,
    add primary key (id);
create unique index tender_assessment_per_lot on tender_assessment (response_id, coalesce(lot_id, ''));
