-- The retention job (docs/domain.md, Data rights): 6 years after a notice's procurement ended (its contract's end,
-- or its cancellation, or its closing when it was never awarded), its responses lose what the supplier wrote.
alter table supplier_response add column personal_data_erased_at timestamptz;
