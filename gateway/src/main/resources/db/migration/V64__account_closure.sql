-- Closing an account (DELETE /api/me) deletes the user and, with its last user, leaves the business only its id
-- (the services' legal records name it): no name beyond "Former account holder", no number, no postcode.
alter table business alter column postcode drop not null;
alter table business add column closed_at timestamptz;
