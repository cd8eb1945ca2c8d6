-- The search index of each replica (ADR 9) follows the notices it did not change itself by reading the
-- rows written by transactions that were not yet finished at its previous look. Every write stamps the
-- row with the id of its transaction; a transaction id below the snapshot's xmin is committed (or rolled
-- back) and visible, so "search_xid >= the xmin of my last look" misses no commit, whatever the order in
-- which transactions commit and whatever the application clock says.
alter table opportunity add column search_xid bigint not null default 0;

create function opportunity_search_xid() returns trigger language plpgsql as $$
begin
    new.search_xid := pg_current_xact_id()::text::bigint;
    return new;
end
$$;

create trigger opportunity_search_xid before insert or update on opportunity
    for each row execute function opportunity_search_xid();

create index opportunity_search_xid on opportunity (search_xid);
