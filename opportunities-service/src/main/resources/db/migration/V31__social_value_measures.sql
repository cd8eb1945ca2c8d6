-- The fixed catalogue of Birmingham Business Charter measures with their units (issue 19). Commitments and
-- reports name a measure by code; those made before the catalogue (measure_code null) stay as they were and
-- the insight figures show them under the theme UNCLASSIFIED.
create table social_value_measure (
    code     text primary key,
    theme    text not null,
    name     text not null,
    unit     text not null,
    position int  not null
);

insert into social_value_measure (code, theme, name, unit, position) values
    ('LOCAL_JOBS', 'LOCAL_EMPLOYMENT', 'Local people employed on the contract', 'full-time equivalents', 1),
    ('APPRENTICESHIPS', 'LOCAL_EMPLOYMENT', 'Apprenticeships started', 'apprenticeships', 2),
    ('NEET_JOBS', 'LOCAL_EMPLOYMENT', 'Jobs for young people not in education, employment or training', 'people', 3),
    ('TRAINING_WEEKS', 'LOCAL_EMPLOYMENT', 'Weeks of training or work placement', 'weeks', 4),
    ('LOCAL_SUPPLY_CHAIN_SPEND', 'BUY_BIRMINGHAM_FIRST', 'Spend with Birmingham suppliers in the supply chain', 'pounds', 5),
    ('SME_VCSE_SPEND', 'BUY_BIRMINGHAM_FIRST', 'Spend with West Midlands SMEs and VCSEs', 'pounds', 6),
    ('VOLUNTEERING_HOURS', 'PARTNERS_IN_COMMUNITIES', 'Staff volunteering hours in the community', 'hours', 7),
    ('COMMUNITY_DONATIONS', 'PARTNERS_IN_COMMUNITIES', 'Donations to local community organisations', 'pounds', 8),
    ('REAL_LIVING_WAGE', 'GOOD_EMPLOYER', 'Staff on the contract paid the real Living Wage', 'people', 9),
    ('DISABLED_EMPLOYED', 'GOOD_EMPLOYER', 'Disabled people employed on the contract', 'people', 10),
    ('CARBON_SAVED', 'GREEN_AND_SUSTAINABLE', 'Carbon emissions saved', 'tonnes CO2e', 11),
    ('WASTE_DIVERTED', 'GREEN_AND_SUSTAINABLE', 'Waste diverted from landfill', 'tonnes', 12),
    ('CHARTER_SUPPLIERS', 'ETHICAL_PROCUREMENT', 'Supply chain members signed up to the Charter', 'suppliers', 13),
    ('PROMPT_PAID_INVOICES', 'ETHICAL_PROCUREMENT', 'Supply chain invoices paid within 30 days', 'invoices', 14);

alter table contract_target add column measure_code text references social_value_measure (code);
alter table social_value_report add column measure_code text references social_value_measure (code);
