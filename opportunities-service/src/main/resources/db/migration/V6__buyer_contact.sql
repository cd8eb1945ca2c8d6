-- Whom suppliers ask about a notice (Contracts Finder's "buyer contact"); exported as the buyer's OCDS contactPoint.
alter table opportunity
    add column contact_name      text,
    add column contact_email     text,
    add column contact_telephone text;
