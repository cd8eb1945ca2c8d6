-- Facet by CPV division over every match of a common word, uncached.
select d, count(*) from opportunity, unnest(cpv_prefixes) d
where status = 'OPEN' and search @@ websearch_to_tsquery('english', 'services') and length(d) = 2
group by d;
