-- Idempotency-Key (onestop.platform.idempotency): "acted" is set inside the transaction that does the request's
-- work, so it commits if and only if the work commits. A key left in progress whose request acted (the process
-- died between committing and keeping the answer) is never taken over: a retry is 409
-- idempotency-key-outcome-unknown instead of acting twice. One that did not act is taken over after a minute, as before.
alter table idempotency_keys add column acted boolean not null default false;
