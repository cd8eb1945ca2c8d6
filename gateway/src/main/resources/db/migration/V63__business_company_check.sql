-- Companies House check of a business's company number (onestop.platform.companieshouse): VERIFIED, UNVERIFIED
-- (with the reason: not-found, not-active, name-mismatch) or PENDING (not yet answered: the retry job asks again);
-- null when the business gave no company number.
alter table business
    add column company_check           text,
    add column company_check_reason    text,
    add column company_registered_name text,
    add column company_checked_at      timestamptz;

create index business_company_check_pending on business (created_at) where company_check = 'PENDING';
