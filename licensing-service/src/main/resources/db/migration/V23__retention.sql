-- The retention job (docs/domain.md, Data rights): 6 years after a licence ends, and after an application's
-- decision once its licence (if any) has gone the same way, the personal fields are erased; the record stays, anonymous.
alter table licence add column personal_data_erased_at timestamptz;
alter table application add column personal_data_erased_at timestamptz;

create index licence_ended on licence (updated_at)
    where status in ('EXPIRED', 'REVOKED', 'SURRENDERED') and personal_data_erased_at is null;
create index application_decided on application ((coalesce(decided_at, updated_at)))
    where status in ('GRANTED', 'REFUSED', 'WITHDRAWN') and personal_data_erased_at is null;
