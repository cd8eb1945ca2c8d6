-- Temporary event notices (Licensing Act 2003 Part 5). The details a notice gives (s.100(5)): the event
-- period, the maximum number of people at any one time (under 500), the licensable activities, and
-- whether the premises user holds a personal licence (which sets the person's annual limits, s.107(2), (2A)).
update licence_type set
    description = 'Hold a one-off event with licensable activities for fewer than 500 people, for up to 168 hours. Give notice at least 10 working days before the event (a late notice 5 to 9 working days); police and environmental health have 3 working days to object.',
    details_schema = '{"type":"object","required":["eventStart","eventEnd","expectedAttendance","licensableActivities"],"properties":{"eventStart":{"type":"string","format":"date-time","title":"Event starts"},"eventEnd":{"type":"string","format":"date-time","title":"Event ends"},"expectedAttendance":{"type":"integer","title":"Maximum number of people at any one time","minimum":1,"maximum":499},"licensableActivities":{"type":"array","title":"Licensable activities","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["SALE_OF_ALCOHOL","REGULATED_ENTERTAINMENT","LATE_NIGHT_REFRESHMENT"]}},"personalLicenceHolder":{"type":"boolean","title":"The premises user holds a personal licence"}},"additionalProperties":false}'
where code = 'TEMPORARY_EVENT_NOTICE';

-- The limits the law sets, by the year they apply from (the row with the latest from_year not after the
-- event's year applies): s.100 and s.107 as the revised text reads (legislation.gov.uk), after the Police
-- Reform and Social Responsibility Act 2011 (168 hours, 21 days, late notices) and the Deregulation Act
-- 2015 s.68 (15 notices per premises from 2016); 20 notices and 26 days for 2022 and 2023 only.
create table temporary_event_limit (
    from_year                          integer primary key,
    max_hours                          integer not null check (max_hours > 0),
    standard_notice_working_days       integer not null check (standard_notice_working_days > 0),
    late_notice_working_days           integer not null check (late_notice_working_days > 0),
    premises_notices                   integer not null check (premises_notices > 0),
    premises_days                      integer not null check (premises_days > 0),
    person_notices                     integer not null check (person_notices > 0),
    person_late_notices                integer not null check (person_late_notices > 0),
    personal_licence_holder_notices      integer not null check (personal_licence_holder_notices > 0),
    personal_licence_holder_late_notices integer not null check (personal_licence_holder_late_notices > 0)
);
insert into temporary_event_limit values
(2016, 168, 10, 5, 15, 21, 5, 2, 50, 10),
(2022, 168, 10, 5, 20, 26, 5, 2, 50, 10),
(2024, 168, 10, 5, 15, 21, 5, 2, 50, 10);

-- A given notice: its event, whether it was late, and what the objections did to it.
create table temporary_event (
    application_id   uuid primary key references application (id),
    business_id      uuid        not null,
    premises_key     text        not null,
    event_start      timestamptz not null,
    event_end        timestamptz not null check (event_end > event_start),
    late             boolean     not null,
    hearing_required boolean     not null default false,
    counter_notice   boolean     not null default false
);
-- the annual limits count a person's notices and a premises' notices by the event's year
create index temporary_event_by_business on temporary_event (business_id, event_start);
create index temporary_event_by_premises on temporary_event (premises_key, event_start);

create table objection (
    id             uuid primary key,
    application_id uuid        not null references application (id),
    authority      text        not null check (authority in ('police', 'environmental-health')),
    made_by        text        not null,
    reasons        text        not null,
    made_at        timestamptz not null
);
create index objection_by_application on objection (application_id, made_at);

-- the acknowledgement job and the authorities' list: notices whose objection period ends, soonest first
create index application_objection_period on application (consultation_ends_at, id)
    where status = 'IN_CONSULTATION' and licence_type_code = 'TEMPORARY_EVENT_NOTICE';
