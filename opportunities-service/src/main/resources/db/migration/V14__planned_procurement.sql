-- A planned procurement notice (UK3) published 40 days to a year before the tender notice allows a tender period of
-- 10 days instead of 25 above threshold.
alter table opportunity add column planned_procurement_at timestamptz;
