-- A contract entered into may be changed (each change a contract change notice, UK10) and ends, however it ends
-- (a contract termination notice, UK11).
alter table opportunity
    add column contract_amendments         jsonb, -- null while no contract is entered (the embeddable is null)
    add column contract_terminated_on      date,
    add column contract_termination_reason text;
