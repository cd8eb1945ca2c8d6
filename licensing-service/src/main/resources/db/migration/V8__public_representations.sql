-- The public's side of a consultation: applications listed in public, representations from the public
-- (counted once their email is confirmed) and from the responsible authorities signed in.

-- Whether a type's premises address may be published: not where it is usually someone's home (drivers,
-- scrap metal collectors). Only such types are listed as consultations in public.
alter table licence_type add column premises_public boolean not null default true;
update licence_type set premises_public = false
    where code in ('PRIVATE_HIRE_DRIVER', 'HACKNEY_CARRIAGE_DRIVER', 'SCRAP_METAL_COLLECTOR');

-- The premises postcode's outward code (B1, B29, SW1A) and sector digit (the 1 of B1 1BB), normalised, for the
-- consultations' postcode filter and the area alerts: "B1" must not match B12.
alter table application
    add column premises_outward text generated always as (case
        when length(regexp_replace(premises_postcode, '\s', '', 'g')) between 5 and 7
        then upper(left(regexp_replace(premises_postcode, '\s', '', 'g'),
                        length(regexp_replace(premises_postcode, '\s', '', 'g')) - 3)) end) stored,
    add column premises_sector text generated always as (case
        when length(regexp_replace(premises_postcode, '\s', '', 'g')) between 5 and 7
        then substr(regexp_replace(premises_postcode, '\s', '', 'g'),
                    length(regexp_replace(premises_postcode, '\s', '', 'g')) - 2, 1) end) stored;

-- The public list of consultations, soonest ending first, and its postcode filter.
create index consultation_open on application (consultation_ends_at, id) where status = 'IN_CONSULTATION';
create index consultation_by_area on application (premises_outward, premises_sector, consultation_ends_at)
    where status = 'IN_CONSULTATION';

-- Who made a representation and what it concerns. email and address: a member of the public's (officer only);
-- authority: the role of the responsible authority that made it.
alter table representation
    add column objectives jsonb not null default '[]',
    add column email      text,
    add column address    text,
    add column authority  text;
create index representation_by_authority on representation (authority, application_id) where authority is not null;

-- A member of the public's representation waiting for its email to be confirmed: it is not a representation
-- until then (nothing else reads this table). Only the SHA-256 of the emailed token is kept.
create table pending_representation (
    id                uuid primary key,
    application_id    uuid        not null references application (id),
    from_name         text        not null,
    email             text        not null,
    address           text        not null,
    objectives        jsonb       not null,
    grounds           text        not null,
    token_hash        text        not null unique,
    made_at           timestamptz not null,
    expires_at        timestamptz not null,
    representation_id uuid references representation (id)
);
create index pending_representation_by_application on pending_representation (application_id);
