-- When the account last signed in (every sign-in starts a refresh-token family): the idle-account retention job
-- closes a business account 2 years after it, as the privacy notice says (docs/domain.md, Data rights).
-- Accounts that exist already count from their latest sign-in still on record, or else from their creation.
alter table user_account add column last_signed_in_at timestamptz;

update user_account u set last_signed_in_at = greatest(u.created_at,
    (select max(r.created_at) from refresh_token r where r.user_id = u.id));

alter table user_account alter column last_signed_in_at set not null;
alter table user_account alter column last_signed_in_at set default now();

create index user_account_last_signed_in on user_account (last_signed_in_at);
