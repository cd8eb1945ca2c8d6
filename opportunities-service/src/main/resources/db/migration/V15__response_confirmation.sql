-- A tender notice changed while open after responses arrived: each response submitted before the change waits for
-- its supplier to confirm it as it is or to amend it; null once confirmed or amended (or never asked).
alter table supplier_response
    add column confirmation_needed_since timestamptz;

-- The lots a response bids for, on a notice divided into lots (ids of the notice's lots; empty otherwise).
alter table supplier_response
    add column lot_ids jsonb not null default '[]';
