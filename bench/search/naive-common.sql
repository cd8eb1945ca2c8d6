-- The plain query of docs/performance.md: rank every match of a common word, then take the top 20.
select id, ts_rank(search, q) as rank
from opportunity, websearch_to_tsquery('english', 'services') q
where status = 'OPEN' and search @@ q
order by rank desc limit 20;
