-- A supplier's Public Procurement Organisation Number from the Central Digital Platform (Procurement Act 2023),
-- the identifier buyers and Find a Tender know it by (scheme GB-PPON), beside its Companies House number.
alter table supplier add column ppon text;
