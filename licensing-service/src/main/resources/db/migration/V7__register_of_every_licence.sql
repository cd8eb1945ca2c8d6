-- The public register (s.8 Licensing Act 2003) lists current, expired, surrendered and revoked licences, not
-- only current ones. What it may search depends on what it shows (V5): a licence of an individual is found by
-- its number only, never by a name or a postcode.
alter table licence add column register_search tsvector generated always as (
    case when register_shows = 'PREMISES_AND_HOLDER'
        then to_tsvector('simple', number || ' ' || holder_name || ' ' || coalesce(premises_name, '') || ' '
            || coalesce(premises_address_line1, '') || ' ' || coalesce(premises_town, '') || ' '
            || coalesce(premises_postcode, ''))
        else to_tsvector('simple', number) end) stored;

drop index register_by_number;
drop index register_by_type;
drop index register_by_postcode;
drop index register_search;

create index register_by_number on licence (number);
create index register_by_status on licence (status, number);
create index register_by_type on licence (licence_type_code, number);
create index register_by_issue on licence (issued_at, number);
create index register_by_postcode on licence (postcode_key text_pattern_ops) where register_shows = 'PREMISES_AND_HOLDER';
create index register_search on licence using gin (register_search);
