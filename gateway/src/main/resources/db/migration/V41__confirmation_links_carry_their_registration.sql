-- A confirmation link confirms the registration it was sent for: the password and business given with it replace
-- the unconfirmed account's when it is used. Someone who registered an address first (without reading its mail)
-- gains nothing when its owner registers and confirms. Null on links that confirm the account as it stands.
alter table account_token
    add column password_hash  text,
    add column business_name  text,
    add column company_number text,
    add column postcode       text;
