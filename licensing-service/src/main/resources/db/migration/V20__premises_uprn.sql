-- The Unique Property Reference Number of premises whose address was found by postcode (OS Places); null when
-- the address was entered by hand.
alter table application add column premises_uprn text;
