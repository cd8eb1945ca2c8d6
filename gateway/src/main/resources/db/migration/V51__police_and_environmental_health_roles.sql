-- The police and environmental health sign in to object to temporary event notices (Licensing Act 2003 s.104).
alter table user_account drop constraint user_account_roles_known;
alter table user_account add constraint user_account_roles_known
    check (roles <@ array['business', 'licensing-officer', 'buyer', 'admin', 'police', 'environmental-health']::text[]);
