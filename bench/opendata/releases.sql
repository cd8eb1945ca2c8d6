-- 100,000 published releases, one per seeded notice, each a real Contracts Finder release (real_release, loaded
-- by run.sh) given the notice's ocid and id, so sizes and shapes are those of real OCDS data.
insert into notice_release (id, opportunity_id, ocid, notice_type, version, notice_number, published_at, release)
select gen_random_uuid(), o.id, 'ocds-onestop-' || o.reference, 'UK4', 1, o.reference || '-UK4-1', o.published_at,
       r.release || jsonb_build_object('ocid', 'ocds-onestop-' || o.reference, 'id', o.reference || '-UK4-1',
                                       'date', o.published_at)
from (select row_number() over (order by id) as g, id, reference, published_at from opportunity) o
join real_release r on r.n = 1 + o.g % (select count(*) from real_release);
vacuum analyze notice_release;
