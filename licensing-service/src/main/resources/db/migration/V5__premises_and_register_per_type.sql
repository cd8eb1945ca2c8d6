-- Per licence type, as data: whether an application names premises, and what the public register (s.8 of the
-- Licensing Act 2003 and its equivalents) shows of its licences. A licence of an individual (a driver, a
-- scrap metal collector, a personal licence) has no premises: what an applicant could give there is a home
-- address, which must never be asked for nor published.
alter table licence_type add column premises_required boolean not null default true;
alter table licence_type add column register_shows text not null default 'PREMISES_AND_HOLDER'
    check (register_shows in ('PREMISES_AND_HOLDER', 'LICENCE_ONLY'));

update licence_type set premises_required = false, register_shows = 'LICENCE_ONLY'
where code in ('PRIVATE_HIRE_DRIVER', 'HACKNEY_CARRIAGE_DRIVER', 'SCRAP_METAL_COLLECTOR');

-- A licence keeps the type's register rule on its own row, so that the register's indexes can leave the
-- holder's name and address of individuals out of every search by postcode or text (see V7).
alter table licence add column register_shows text not null default 'PREMISES_AND_HOLDER'
    check (register_shows in ('PREMISES_AND_HOLDER', 'LICENCE_ONLY'));
update licence l set register_shows = t.register_shows from licence_type t where t.code = l.licence_type_code;
