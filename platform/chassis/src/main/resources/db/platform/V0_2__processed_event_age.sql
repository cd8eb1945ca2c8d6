-- The cleanup job forgets handled event ids by age.
create index processed_event_age on processed_event (processed_at);
