-- A licence valid only for a period that starts later than its issue: a temporary event notice is
-- acknowledged before the event and covers only the event. Null: valid from issue.
alter table licence add column valid_from timestamptz;
