-- Staff of the responsible authorities (Licensing Act 2003 s.13) sign in with a role each: they make
-- representations on licence applications under consultation. The roles match platform Roles.
alter table user_account drop constraint user_account_roles_known;
alter table user_account add constraint user_account_roles_known
    check (roles <@ array['business', 'licensing-officer', 'buyer', 'admin', 'police', 'environmental-health',
                          'fire', 'planning', 'trading-standards', 'child-protection', 'health']::text[]);
