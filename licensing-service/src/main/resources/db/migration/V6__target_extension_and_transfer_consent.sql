-- The one-off extension of the target period (Provision of Services Regulations 2009, reg. 19(5)): once, with
-- reasons, notified to the applicant before the period ends.
alter table application add column target_extended_at timestamptz;
alter table application add column target_extension_reasons text;
alter table application add column due_date_before_extension date;

-- A transfer (Licensing Act 2003 s.42-44) is applied for by the business that wishes to become the holder, and
-- carries the current holder's consent (s.44), which the holder gives or refuses here.
alter table application add column holder_consent text check (holder_consent in ('GIVEN', 'REFUSED'));
alter table application add column holder_consent_at timestamptz;
-- The transfer applications naming a licence, which its holder lists to consent.
create index application_transfer_of_licence on application (licence_id, created_at desc) where kind = 'TRANSFER';
