-- Award criteria with weightings on the notice, and the buyer's assessment of each tender against them after the
-- deadline: a score (0-100) and a reason per criterion, and the weighted total. The contract award notice records
-- when the assessment summaries went to the suppliers.
alter table opportunity
    add column award_criteria                jsonb not null default '[]',
    add column assessment_summaries_sent_at  timestamptz;

create table tender_assessment (
    response_id    uuid primary key references supplier_response (id),
    opportunity_id uuid          not null references opportunity (id),
    scores         jsonb         not null,
    total          numeric(6, 2) not null check (total between 0 and 100),
    assessed_at    timestamptz   not null,
    assessed_by    text          not null,
    version        bigint        not null default 0
);
create index tender_assessment_opportunity on tender_assessment (opportunity_id);
