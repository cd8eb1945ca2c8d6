-- Hearings (issue 14): the officer's finding on each representation, its withdrawal, and what a decision
-- after a hearing adds: the activities it excluded and the last day to appeal it.
alter table representation
    add column determination         text check (determination in ('RELEVANT', 'FRIVOLOUS', 'VEXATIOUS', 'NOT_RELEVANT')),
    add column determination_reasons text,
    add column determined_at         timestamptz,
    add column determined_by         text,
    add column withdrawn_at          timestamptz,
    add column withdrawn_by          text;

alter table application drop constraint application_outcome_check;
alter table application
    add constraint application_outcome_check
        check (outcome in ('GRANT', 'REFUSE', 'GRANT_WITH_MODIFIED_CONDITIONS', 'EXCLUDE_ACTIVITIES')),
    add column excluded_activities jsonb,
    -- the last day of the appeal period (Licensing Act 2003 Sch. 5 para 9), fixed when the decision is made
    add column appeal_deadline     date;
