-- Where an imported notice is run (its page on Find a Tender or Contracts Finder, as its release links it): suppliers
-- respond there, not here. Null for OneStop's own notices, and for an import whose release names no such page.
alter table opportunity add column source_url text;
