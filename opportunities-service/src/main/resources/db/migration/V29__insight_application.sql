-- The licensing half of the insight figures (issue 19, ADR 11): one row per licensing application, as the
-- newest onestop.licensing.application.* event says it is. Fed only from events, never from the licensing
-- database; the figures are computed on read from here.
create table insight_application (
    application_id           uuid primary key,
    licence_type_code        text        not null,
    status                   text        not null,
    submitted_at             timestamptz,
    due_date                 date,
    decided_at               timestamptz,
    outcome                  text,
    granted_by_tacit_consent boolean     not null default false,
    target_working_days      integer,
    -- the occurredAt of the event the row was last set from: an older one arriving later changes nothing
    last_occurred_at         timestamptz not null,
    updated_at               timestamptz not null
);

create index insight_application_submitted on insight_application (submitted_at);
create index insight_application_decided on insight_application (decided_at);
create index insight_application_due on insight_application (due_date) where decided_at is null;
