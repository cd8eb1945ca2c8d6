-- A temporary event notice withdrawn no later than 24 hours before its event (Licensing Act 2003 s.103): before it
-- was acknowledged (its application withdrawn) or after (its notice surrendered in time). A withdrawn notice counts
-- neither against the annual limits (s.107) nor as an event the next must keep 24 hours from (s.101).
alter table temporary_event add column withdrawn_at timestamptz;

update temporary_event e set withdrawn_at = a.updated_at
from application a
where a.id = e.application_id and a.status = 'WITHDRAWN';
