-- A release is stored as the text it was published as (json), no longer taken apart (jsonb): nothing queries inside
-- a release, and the OCDS bulk download sends every release as stored, which PostgreSQL printed again from jsonb
-- for every row (100,000 releases: 2.2 s of printing against 1.1 s of copying; bench/opendata). The json type still
-- refuses anything that is not JSON.
alter table notice_release alter column release type json using release::json;
