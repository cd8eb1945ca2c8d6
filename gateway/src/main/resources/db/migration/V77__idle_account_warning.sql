-- When the holder of an idle business account was told it will be closed (IdleAccountJob): it is closed a month after
-- that at the earliest, and only if nobody has signed in since (last_signed_in_at after it means the warning is spent).
alter table user_account add column idle_warned_at timestamptz;
