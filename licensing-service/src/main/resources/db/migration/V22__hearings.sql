-- The statutory periods of hearings, per licence type and kind of application: data, never constants in code.
-- hearing_within_working_days: the hearing must begin within that many working days beginning with the day
-- after the consultation ends (Licensing Act 2003 (Hearings) Regulations 2005, reg 5 and Schedule 1);
-- notice_working_days: notice of the hearing no later than that many working days before it (reg 6 and
-- Schedule 2); appeal_days: days, beginning with the day the decision is notified, to appeal to the
-- magistrates' court (Licensing Act 2003 Schedule 5 paragraph 9). A type or kind with no row has no hearing.
create table hearing_period (
    licence_type_code           text    not null references licence_type (code),
    kind                        text    not null check (kind in ('NEW', 'RENEWAL', 'VARIATION', 'TRANSFER')),
    hearing_within_working_days integer not null check (hearing_within_working_days > 0),
    notice_working_days         integer not null check (notice_working_days >= 0),
    appeal_days                 integer not null check (appeal_days > 0),
    authority                   text    not null,
    primary key (licence_type_code, kind)
);

insert into hearing_period values
('PREMISES_LICENCE', 'NEW', 20, 10, 21,
 'Licensing Act 2003 s.18(3)(a); Hearings Regulations 2005 Sch. 1 para 1, reg 6(4); appeal Sch. 5 paras 2 and 9'),
('PREMISES_LICENCE', 'VARIATION', 20, 10, 21,
 'Licensing Act 2003 s.35(3)(a); Hearings Regulations 2005 Sch. 1 para 3, reg 6(4); appeal Sch. 5 paras 4 and 9'),
('PREMISES_LICENCE', 'TRANSFER', 20, 10, 21,
 'Licensing Act 2003 s.44(5)(a); Hearings Regulations 2005 Sch. 1 para 5, reg 6(4); appeal Sch. 5 paras 6 and 9');

-- One hearing per application: scheduled (and perhaps adjourned once), or dispensed with by agreement.
create table hearing (
    application_id    uuid primary key references application (id),
    status            text        not null check (status in ('SCHEDULED', 'DISPENSED')),
    starts_at         timestamptz,
    place             text,
    earliest_date     date,
    latest_date       date,
    notice_given_at   timestamptz,
    adjournments      integer     not null default 0,
    scheduled_by      text,
    dispensed_at      timestamptz,
    dispensed_by      text,
    dispensed_reasons text,
    version           integer     not null default 0
);
