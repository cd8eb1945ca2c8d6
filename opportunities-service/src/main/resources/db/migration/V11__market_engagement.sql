-- A procurement may engage the market before its tender notice: a preliminary market engagement notice (UK2) says
-- how and until when; the procurement is then PLANNED, public but not yet taking tenders.
alter table opportunity
    add column engagement_description text,
    add column engagement_ends_on     date;
alter table opportunity drop constraint opportunity_status_check,
    add constraint opportunity_status_check
        check (status in ('DRAFT', 'PLANNED', 'OPEN', 'CLOSED', 'AWARDED', 'CANCELLED'));
