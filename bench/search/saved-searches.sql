-- 10,000 saved searches of varied words and filters, then the statement AlertMatcher runs when a notice is
-- published (in a transaction rolled back, so the alerts it raises are not kept).
insert into saved_search (id, business_id, name, params, query, cpv_prefixes, min_value_pence, include_unvalued,
                          sme_suitable, created_at)
select gen_random_uuid(), gen_random_uuid(), 'search ' || g, '{}',
       websearch_to_tsquery('english', (array['services', 'courier', 'cleaning', 'road resurfacing',
           '"support services"', 'catering OR food', 'software -licence', 'repairs'])[1 + g % 8]),
       case when g % 3 = 0 then array[(array['45', '85', '72', '79', '90'])[1 + g % 5]] end,
       case when g % 4 = 0 then 1000000 * (g % 7) end, g % 5 <> 0,
       case when g % 6 = 0 then true end, now()
from generate_series(1, 10000) g;
analyze saved_search;
begin;
explain analyze
insert into alert (id, business_id, saved_search_id, opportunity_id, raised_at)
select gen_random_uuid(), s.business_id, s.id, o.id, now()
from saved_search s join opportunity o on o.id = (select id from opportunity where status = 'OPEN' and search @@ to_tsquery('english', 'services') limit 1)
where (s.query is null or o.search @@ s.query)
  and (s.cpv_prefixes is null or o.cpv_prefixes && s.cpv_prefixes)
  and ((s.min_value_pence is null and s.max_value_pence is null)
       or (o.value_pence is null and s.include_unvalued)
       or (coalesce(o.value_max_pence, o.value_min_pence) >= coalesce(s.min_value_pence, 0)
           and coalesce(o.value_min_pence, o.value_max_pence) <= coalesce(s.max_value_pence, 9223372036854775807)))
  and (s.sme_suitable is null or o.sme_suitable = s.sme_suitable)
  and (s.vcse_suitable is null or o.vcse_suitable = s.vcse_suitable)
  and (s.location is null or o.location ilike s.location)
  and (s.postcode_prefix is null or o.postcode_key like s.postcode_prefix)
  and (s.buyer_key is null or o.buyer_key = s.buyer_key)
  and (s.types is null or o.type = any(s.types))
on conflict do nothing;
rollback;
