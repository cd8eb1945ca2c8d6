-- 100,000 notices made from the real Contracts Finder releases in base.tsv (loaded into table base by
-- run.sh): each notice takes one release's title, description, buyer, CPV code and value, so word
-- frequencies are those of real notices ("services" in about a third, "courier" in under 1%).
-- 60% OPEN (closing in 1 to 60 days), 20% CLOSED, 20% AWARDED; a quarter without a value.
insert into opportunity (id, reference, title, description, buyer, type, status, published_at, closing_at,
                         created_at, updated_at, cpv_codes, cpv_prefixes, value_min_pence, value_max_pence,
                         location, postcode, sme_suitable, vcse_suitable)
select gen_random_uuid(),
       'OPP-2025-' || lpad(g::text, 6, '0'),
       b.title, b.description, b.buyer,
       (array['QUOTE', 'TENDER', 'FRAMEWORK', 'TENDER'])[1 + g % 4],
       case when g % 10 < 6 then 'OPEN' when g % 10 < 8 then 'CLOSED' else 'AWARDED' end,
       now() - ((g % 120) || ' days')::interval,
       case when g % 10 < 6 then now() + ((1 + g % 60) || ' days')::interval
            else now() - ((1 + g % 60) || ' days')::interval end,
       now() - ((g % 120) || ' days')::interval, now(),
       b.cpv_codes, b.cpv_prefixes,
       null, case when g % 4 = 0 then null else b.value_pence end,
       (array['Birmingham', 'Solihull', 'Coventry', 'Wolverhampton', 'Dudley'])[1 + g % 5],
       (array['B1 1BB', 'B5 4BU', 'B15 2TT', 'CV1 2AB', 'WV1 1AA'])[1 + g % 5],
       g % 3 <> 0, g % 7 = 0
from generate_series(1, 100000) g
join (select row_number() over () as n, * from base) b on b.n = 1 + (g * 7919) % (select count(*) from base);

select setval('opportunity_reference_seq', 100000);
vacuum analyze opportunity;
