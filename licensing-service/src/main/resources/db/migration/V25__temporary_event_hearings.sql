-- An objection to a standard temporary event notice is heard (Licensing Act 2003 s.105(2)(a)) unless the premises user,
-- the objector and the authority agree a hearing is unnecessary: within 7 working days beginning with the day after
-- the objection period ends (Hearings Regulations 2005 Sch. 1), with 2 working days' notice (reg 6(2)); the premises
-- user may appeal a counter notice within 21 days (Sch. 5 para 16). The decision comes at least 24 hours before the
-- event (s.105(4)).
insert into hearing_period values
('TEMPORARY_EVENT_NOTICE', 'NEW', 7, 2, 21,
 'Licensing Act 2003 s.105(2)(a); Hearings Regulations 2005 Sch. 1, reg 6(2); appeal Sch. 5 para 16');

-- Where the objecting officer is told of the hearing and the decision (their sign-in email at the time).
alter table objection add column email text;
