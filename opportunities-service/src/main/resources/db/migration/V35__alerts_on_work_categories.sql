-- Suppliers are told of new notices in the work categories of their profile (cpv_interests), not only of those their
-- saved searches match. The categories are kept as CPV level prefixes too (45210000-2 -> 4521), matched against a
-- notice's prefixes as a saved search's are.
alter table supplier add column cpv_interest_prefixes text[] not null default '{}';

update supplier set cpv_interest_prefixes = array(
    select distinct case when length(rtrim(d, '0')) < 2 then left(d, 2) else rtrim(d, '0') end
    from (select left(regexp_replace(c, '[^0-9]', '', 'g'), 8) as d from unnest(cpv_interests) as c) as codes
    where length(d) = 8)
where cardinality(cpv_interests) > 0;

-- An alert raised by the profile's categories names no saved search; one per business and notice, and none where
-- a saved search of the business already raised one.
alter table alert add column matched_interests boolean not null default false;
create unique index alert_interests_once on alert (business_id, opportunity_id) where matched_interests;
