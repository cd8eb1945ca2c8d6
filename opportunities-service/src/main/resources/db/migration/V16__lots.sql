-- A tender notice divided into lots: each lot's id, title, description, values with and without VAT and its own award
-- criteria (JSON, in the notice's order). A notice with lots has its award criteria per lot.
alter table opportunity
    add column lots jsonb not null default '[]';
